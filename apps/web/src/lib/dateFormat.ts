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
