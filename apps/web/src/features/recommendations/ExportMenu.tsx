import { useApolloClient } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RecommendationExportDocument,
  type ExportFormat,
  type RecommendationFilter,
  type RecommendationSort,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { downloadBase64 } from './exportFile';

interface Props {
  filter: RecommendationFilter;
  sort: RecommendationSort;
}

/** Exports what the list shows (its filters and order, every page) with the timelines, as CSV or Excel. */
export function ExportMenu({ filter, sort }: Props) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setBusy(true);
    try {
      // Never cached: a confidential file is made, and audited, each time it is asked for.
      const { data } = await client.query({
        query: RecommendationExportDocument,
        variables: { format, filter, sort },
        fetchPolicy: 'no-cache',
      });
      if (data) {
        downloadBase64(data.recommendationExport);
        notify('success', t('export.done', { fileName: data.recommendationExport.fileName }));
      }
    } catch (error) {
      const { message } = describeError(error);
      notify('error', tc(message.key, message.values));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={busy}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void download('CSV')}>{t('export.csv')}</Menu.Item>
        <Menu.Item onClick={() => void download('XLSX')}>{t('export.xlsx')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
