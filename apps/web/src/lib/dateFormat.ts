/**
 * The one place the web app turns dates and times into text. Both languages read day-month order
 * and a 24-hour clock ("30 Nov 2026, 09:30"), as Dutch civil servants do: English is British English,
 * never the US "Nov 30, 2026, 09:30 AM". `dateFormat.test.ts` fails on a `new Intl.DateTimeFormat`
 * anywhere else.
 */

/** The Intl locale for an interface language. */
export function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'nl-NL';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** `Intl.DateTimeFormat` for the interface language, on a 24-hour clock whenever it shows a time (cached). */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const showsTime = options.hour !== undefined || options.timeStyle !== undefined;
  const resolved: Intl.DateTimeFormatOptions = showsTime ? { ...options, hourCycle: 'h23' } : options;
  const locale = intlLocale(language);
  const key = `${locale} ${JSON.stringify(resolved)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, resolved);
    formats.set(key, format);
  }
  return format;
}

/**
 * A date as typed in a date field, as `YYYY-MM-DD`, or null when it is not a date: day-month-year
 * with `-`, `/`, `.` or spaces ("30-11-2026", "30/11/2026", "1.3.2027"), or ISO ("2026-11-30").
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
