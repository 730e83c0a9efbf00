import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DigestSettingDocument, SetOverdueDigestDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** The user's own switch for the weekly e-mail of overdue recommendations (only for those who follow some up). */
export function DigestSetting() {
  const { t } = useTranslation();
  const { data } = useQuery(DigestSettingDocument);
  const [save, { loading }] = useMutation(SetOverdueDigestDocument);
  const enabled = data?.me?.overdueDigest;
  if (enabled === undefined) {
    return null;
  }
  const toggle = async (next: boolean) => {
    try {
      await save({ variables: { enabled: next } });
      notify('success', t(next ? 'account.digestOn' : 'account.digestOff'));
    } catch (error) {
      const { message } = describeError(error);
      notify('error', t(message.key, message.values));
    }
  };
  return (
    <Card withBorder padding="lg">
      <Switch
        label={t('account.digestLabel')}
        description={t('account.digestHint')}
        checked={enabled}
        disabled={loading}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      <Text size="sm" mt="sm" c="dimmed">
        {t('account.dueSoonNote')}
      </Text>
    </Card>
  );
}
