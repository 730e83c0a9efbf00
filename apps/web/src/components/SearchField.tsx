import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Width from the `sm` breakpoint on; full width below it. */
  width: number;
}

/** The search box of every list; the API caps search terms at 100 characters. */
export function SearchField({ label, placeholder, value, onChange, width }: Props) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      type="search"
      maxLength={100}
      w={{ base: '100%', sm: width }}
    />
  );
}
