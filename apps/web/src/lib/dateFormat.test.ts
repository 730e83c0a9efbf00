import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocalDate } from '../features/recommendations/followUp';
import { formatAmsterdamDate, formatAmsterdamRange, formatAmsterdamTime } from './amsterdamTime';
import { dateTimeFormat } from './dateFormat';

const MORNING = '2026-11-30T08:30:00Z'; // 09:30 in Amsterdam
const AFTERNOON = '2026-11-30T13:05:00Z'; // 14:05

describe('dates and times', () => {
  it('shows a 24-hour clock in both languages, never AM/PM', () => {
    for (const language of ['nl', 'en']) {
      expect(formatAmsterdamTime(MORNING, language)).toBe('09:30');
      expect(formatAmsterdamTime(AFTERNOON, language)).toBe('14:05');
      const stamp = dateTimeFormat(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(AFTERNOON));
      expect(stamp).toContain('14:05');
      expect(stamp).not.toMatch(/AM|PM/i);
    }
  });

  it('puts the day before the month in English too ("30 Nov 2026", not "Nov 30, 2026")', () => {
    expect(formatLocalDate('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatLocalDate('2026-11-30', 'nl')).toBe('30 nov 2026');
    expect(formatAmsterdamDate(MORNING, 'en')).toBe('Mon, 30 Nov 2026');
    expect(formatAmsterdamRange(MORNING, AFTERNOON, 'en')).toBe('Mon, 30 Nov 2026, 09:30–14:05');
    expect(formatAmsterdamRange(MORNING, AFTERNOON, 'nl')).toBe('ma 30 nov 2026, 09:30–14:05');
  });

  it('is the only place that builds a date format, so no screen falls back to the US style', () => {
    const root = join(import.meta.dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const offenders = files(root)
      .filter((path) => !path.endsWith('dateFormat.ts') && !path.includes('.test.'))
      .filter((path) => /new Intl\.DateTimeFormat\(|toLocale(Date|Time)?String\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
