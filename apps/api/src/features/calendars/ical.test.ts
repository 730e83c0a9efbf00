import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatLocal, type CalendarEvent } from './ical';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  sessionId: '6f1c1c3e-0000-4000-8000-000000000001',
  sequence: 3,
  startsAt: new Date('2026-07-01T07:30:00Z'),
  endsAt: new Date('2026-07-01T10:00:00Z'),
  summary: 'Masterclass Bibob; deel 1, "praktijk"',
  description: 'Regel één\nRegel twee, met \\ en ;',
  location: 'Stadhuis Almelo, Zaal 1',
  url: 'https://rodedraad.example/sessions/6f1c1c3e',
  status: 'CONFIRMED',
  ...overrides,
});

/** Parses with ical.js and registers the calendar's own VTIMEZONE, as a calendar app would. */
function parse(ics: string) {
  const calendar = ICAL.Component.fromString(ics);
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  return calendar;
}

describe('the iCalendar writer', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting UTF-8 characters', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes local Amsterdam times in summer and winter', () => {
    expect(formatLocal(new Date('2026-07-01T07:30:00Z'))).toBe('20260701T093000');
    expect(formatLocal(new Date('2026-01-15T08:00:00Z'))).toBe('20260115T090000');
  });

  it('gives a parser the event back intact, with time zone, UID, SEQUENCE and status', () => {
    const ics = buildCalendar(
      [
        event(),
        event({
          sessionId: '6f1c1c3e-0000-4000-8000-000000000002',
          startsAt: new Date('2026-12-01T08:00:00Z'),
          endsAt: new Date('2026-12-01T09:00:00Z'),
          status: 'CANCELLED',
          sequence: 5,
        }),
      ],
      {
        name: 'Leerprogramma',
      },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);

    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Rode Draad');
    const [summer, winter] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(summer!.uid).toBe('session-6f1c1c3e-0000-4000-8000-000000000001@rodedraad');
    expect(summer!.sequence).toBe(3);
    expect(summer!.summary).toBe('Masterclass Bibob; deel 1, "praktijk"');
    expect(summer!.description).toBe('Regel één\nRegel twee, met \\ en ;');
    expect(summer!.location).toBe('Stadhuis Almelo, Zaal 1');
    expect(summer!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(summer!.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect(summer!.startDate.toJSDate().toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(summer!.endDate.toJSDate().toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(summer!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(summer!.component.getFirstPropertyValue('url')).toBe('https://rodedraad.example/sessions/6f1c1c3e');

    expect(winter!.startDate.toJSDate().toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(winter!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(winter!.sequence).toBe(5);
  });

  it('writes iTIP messages with METHOD, organizer and attendee', () => {
    const ics = buildCalendar(
      [
        event({
          organizer: { email: 'noreply@rodedraad.example', name: 'Rode Draad' },
          attendee: { email: 'a@b.example', name: 'An "Q" Jansen' },
        }),
      ],
      {
        method: 'REQUEST',
      },
    );
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:noreply@rodedraad.example');
    expect(vevent.getFirstProperty('attendee')!.getParameter('cn')).toBe('An Q Jansen');
  });
});
