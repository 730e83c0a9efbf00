import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';

interface Exported {
  filename: string;
  csv: string;
  sessions?: number;
}

/** Fetches an evaluation export fresh and hands it to the browser; refusals (e.g. below k) as a notification. */
export function useCsvExport<Q, V extends Record<string, unknown>>(
  query: TypedDocumentNode<Q, V>,
  pick: (data: Q) => Exported,
  onExported: (exported: Exported) => string,
) {
  const client = useApolloClient();
  const { t: tc } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const run = (variables: V) => {
    setExporting(true);
    client
      .query({ query, variables, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (data) {
          const exported = pick(data);
          downloadText(exported.csv, exported.filename);
          notify('success', onExported(exported));
        }
      })
      .catch((error: unknown) => {
        const { message } = describeError(error);
        notify('error', tc(message.key, message.values));
      })
      .finally(() => setExporting(false));
  };
  return { run, exporting };
}
