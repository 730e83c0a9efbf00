import { Group, Input, type MantineStyleProp, type StyleProp } from '@mantine/core';
import { DateInput, TimePicker } from '@mantine/dates';
// Only pages with date fields load the pickers' styles.
import '@mantine/dates/styles.css';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState, type FocusEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../lib/dateFormat';

/**
 * Date and time fields for every form and filter, instead of the browser's native inputs (which
 * show the operating system's format, often US, inside the Dutch interface). They keep the
 * native inputs' values, so form state and GraphQL inputs do not change:
 *
 * - `DateField`: `'YYYY-MM-DD'`, `''` when empty. Typed as day-month-year ("30-11-2026") or chosen in
 *   the calendar (weeks start on Monday).
 * - `TimeField`: `'HH:mm'` on a 24-hour clock, `''` when empty. Hours and minutes are typed (or
 *   chosen in the dropdown); their inputs are labelled "<label>, uur" and "<label>, minuten".
 * - `DateTimeField`: `'YYYY-MM-DDTHH:mm'` (as `datetime-local`), `''` until both parts are filled.
 *
 * All take `label`, `description`, `required`, `error`, `value` and `onChange(value: string)`, so
 * `{...form.getInputProps('startsOn')}` works as it did on a `TextInput`. `AppDatesProvider` (in
 * App.tsx) sets the language and the first day of the week.
 */
interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
  error?: ReactNode;
  value?: string | null;
  onChange?: (value: string) => void;
  onFocus?: FocusEventHandler<HTMLElement>;
  onBlur?: FocusEventHandler<HTMLElement>;
  w?: StyleProp<React.CSSProperties['width']>;
  style?: MantineStyleProp;
  /** DateField only: the earliest day that can be chosen, `'YYYY-MM-DD'`. */
  minDate?: string;
  /** Accessible name when `label` is not plain text (e.g. inside DateTimeField). */
  'aria-label'?: string;
}

export function DateField({ value, onChange, onFocus, onBlur, label, ...props }: FieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...props}
      label={label}
      value={value || null}
      onChange={(next) => onChange?.(next ?? '')}
      onFocus={onFocus}
      onBlur={onBlur}
      valueFormat="DD-MM-YYYY"
      dateParser={parseTypedDate}
      placeholder={t('dates.placeholder')}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('dates.clear', { field: props['aria-label'] ?? label }) }}
      leftSection={<IconCalendar size={16} aria-hidden />}
      popoverProps={{ withinPortal: true }}
    />
  );
}

export function TimeField({ value, onChange, onFocus, onBlur, label, minDate: _minDate, ...props }: FieldProps) {
  const { t } = useTranslation();
  const name = typeof label === 'string' ? label : (props['aria-label'] ?? '');
  return (
    <TimePicker
      {...props}
      label={label}
      value={value ?? ''}
      onChange={(next) => onChange?.(next)}
      onFocus={onFocus}
      onBlur={onBlur}
      format="24h"
      withDropdown
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('dates.clear', { field: name }) }}
      hoursInputLabel={t('dates.hoursOf', { field: name })}
      minutesInputLabel={t('dates.minutesOf', { field: name })}
    />
  );
}

const splitDateTime = (value: string | null | undefined) => {
  const [date = '', time = ''] = (value ?? '').split('T');
  return { date, time: time.slice(0, 5) };
};

export function DateTimeField({ value, onChange, label, description, required, error, w }: FieldProps) {
  const { t } = useTranslation();
  // The parts are kept here while only one is filled: the value is '' until both are.
  const [parts, setParts] = useState(() => splitDateTime(value));
  useEffect(() => {
    if (value) {
      setParts(splitDateTime(value));
    }
  }, [value]);
  const name = typeof label === 'string' ? label : '';
  const change = (next: { date: string; time: string }) => {
    setParts(next);
    onChange?.(next.date && next.time ? `${next.date}T${next.time}` : '');
  };
  return (
    <Input.Wrapper label={label} description={description} required={required} error={error} w={w}>
      <Group gap="xs" grow align="flex-start">
        <DateField
          label={null}
          aria-label={t('dates.dateOf', { field: name })}
          required={required}
          value={parts.date}
          onChange={(date) => change({ ...parts, date })}
        />
        <TimeField
          label={null}
          aria-label={name}
          required={required}
          value={parts.time}
          onChange={(time) => change({ ...parts, time })}
        />
      </Group>
    </Input.Wrapper>
  );
}
