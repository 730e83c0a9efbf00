import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../lib/navigation';

/** The footer's link to the accessibility statement, on the app's pages and the public ones alike. */
export function AccessibilityStatementLink() {
  const { t } = useTranslation('accessibilityStatement');
  return (
    <Anchor component={Link} to={PATHS.accessibility} size="xs">
      {t('footerLink')}
    </Anchor>
  );
}
