/** Built once: constructing an Intl formatter costs more than most of a list request's own work. */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in Europe/Amsterdam ("2026-03-01"), whatever the server's time zone: due dates are Dutch calendar days. */
export function todayInAmsterdam(now = new Date()): string {
  return AMSTERDAM_DAY.format(now);
}
