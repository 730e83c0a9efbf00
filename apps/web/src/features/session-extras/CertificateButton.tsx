import { Button } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The viewer's own certificate of attendance, a PDF the API makes in the viewer's language. */
export function CertificateButton({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessionExtras');
  return (
    <Button
      component="a"
      href={`/api/sessions/${encodeURIComponent(sessionId)}/certificate.pdf`}
      download
      variant="default"
      leftSection={<IconCertificate size={18} aria-hidden />}
    >
      {t('actions.certificate')}
    </Button>
  );
}
