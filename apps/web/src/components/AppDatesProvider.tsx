import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/nl';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's date and time pickers in the interface language: Dutch or British English month and
 * day names, weeks starting on Monday (as in the Netherlands, in both languages).
 */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-gb' : 'nl';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>;
}
