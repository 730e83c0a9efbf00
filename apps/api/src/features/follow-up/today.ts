/** Today's date in Europe/Amsterdam ("2026-03-01"), whatever the server's time zone: due dates are Dutch calendar days. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
