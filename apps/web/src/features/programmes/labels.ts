import type { TFunction } from 'i18next';

/** "K2 2027", "2027" or "Nog niet gepland". */
export function plannedLabel(t: TFunction<'programmes'>, year: number | null, quarter: number | null): string {
  if (year === null) {
    return t('notPlanned');
  }
  return quarter === null ? t('plannedIn', { year }) : t('plannedInQuarter', { year, quarter });
}
