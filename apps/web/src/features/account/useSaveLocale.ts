import { useMutation } from '@apollo/client/react';
import type { Locale } from '@rode-draad/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SetLocaleDocument } from '../../gql/graphql';
import { notify } from '../../lib/notify';

/** Stores the interface language on the account, so it follows the user to other devices. */
export function useSaveLocale(userId: string): (locale: Locale) => void {
  const { t } = useTranslation();
  const [setLocale] = useMutation(SetLocaleDocument);
  return useCallback(
    (locale: Locale) => {
      setLocale({
        variables: { locale },
        // Updating `me` at once keeps RequireAuth from switching back to the old language meanwhile.
        optimisticResponse: { setLocale: { __typename: 'User', id: userId, locale } },
      }).catch(() => {
        notify('error', t('language.saveFailed'));
      });
    },
    [setLocale, t, userId],
  );
}
