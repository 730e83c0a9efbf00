import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFieldsFragment } from '../../gql/graphql';

interface Props {
  programmes: ProgrammeFieldsFragment[];
  value: string;
  onChange: (id: string) => void;
  label: string;
}

/** Picks the programme a programme-wide view (roadmap, builder) shows. */
export function ProgrammeSelect({ programmes, value, onChange, label }: Props) {
  const { t } = useTranslation('programmes');
  return (
    <Select
      label={label}
      data={programmes.map((p) => ({ value: p.id, label: `${p.name} (${t(`status.${p.status}`)})` }))}
      value={value}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      w={{ base: '100%', sm: 420 }}
    />
  );
}
