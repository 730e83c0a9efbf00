import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { clashOf } from './clash';
import { emptyRow, formFieldOf, nextRow, toSessionInput, validateRow, type SessionRowValues } from './sessionForm';

const row = (changes: Partial<SessionRowValues> = {}): SessionRowValues => ({
  ...emptyRow(),
  date: '2027-03-04',
  venueId: 'v1',
  ...changes,
});

describe('validateRow', () => {
  it('accepts a complete row', () => {
    expect(validateRow(row())).toEqual({});
  });

  it('reports each problem at its own field', () => {
    expect(validateRow(row({ date: '', venueId: null }))).toEqual({ date: 'required', venueId: 'placeRequired' });
    expect(validateRow(row({ end: '09:00' }))).toEqual({ end: 'endsBeforeStart' });
    expect(validateRow(row({ capacity: 0, maxPerMunicipality: 30 }))).toEqual({
      capacity: 'capacity',
      maxPerMunicipality: 'maxPerMunicipality',
    });
    expect(validateRow(row({ evaluationWindowDays: 0 }))).toEqual({ evaluationWindowDays: 'evaluationWindow' });
    expect(validateRow(row({ evaluationWindowDays: 91 }))).toEqual({ evaluationWindowDays: 'evaluationWindow' });
    expect(validateRow(row({ evaluationWindowDays: 90 }))).toEqual({});
    expect(validateRow(row({ deadlineDate: '2027-03-05', deadlineTime: '12:00' }))).toEqual({
      deadlineDate: 'deadlineAfterStart',
    });
    expect(validateRow(row({ deadlineDate: '2027-03-01' }))).toEqual({ deadlineDate: 'deadlineIncomplete' });
    expect(validateRow(row({ venueId: null, onlineUrl: 'meet.example' }))).toEqual({ onlineUrl: 'url' });
  });
});

describe('toSessionInput', () => {
  it('sends Amsterdam wall-clock times as UTC, across the summer-time change', () => {
    expect(toSessionInput(row({ date: '2027-03-04' }))).toMatchObject({
      startsAt: '2027-03-04T08:30:00.000Z',
      endsAt: '2027-03-04T11:30:00.000Z',
    });
    const summer = toSessionInput(
      row({ date: '2027-04-01', deadlineDate: '2027-03-25', deadlineTime: '17:00', maxPerMunicipality: 3 }),
    );
    expect(summer).toMatchObject({
      startsAt: '2027-04-01T07:30:00.000Z',
      registrationDeadline: '2027-03-25T16:00:00.000Z',
      maxPerMunicipality: 3,
      onlineUrl: null,
      status: 'DRAFT',
    });
  });
});

describe('nextRow', () => {
  it('copies the previous part of a series a week later', () => {
    expect(nextRow(row({ deadlineDate: '2027-03-01', deadlineTime: '12:00' }))).toMatchObject({
      date: '2027-03-11',
      deadlineDate: '2027-03-08',
      venueId: 'v1',
    });
    expect(nextRow(undefined).date).toBe('');
  });
});

describe('formFieldOf', () => {
  it('maps API paths to a row and a form field', () => {
    expect(formFieldOf('sessions.1.endsAt')).toEqual({ row: 1, field: 'end' });
    expect(formFieldOf('input.sessions.0.venueId')).toEqual({ row: 0, field: 'venueId' });
    expect(formFieldOf('input.capacity')).toEqual({ row: null, field: 'capacity' });
    expect(formFieldOf('registrationDeadline')).toEqual({ row: null, field: 'deadlineDate' });
  });
});

describe('clashOf', () => {
  const conflict = (extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', ...extensions } }] });

  it('names the row and the session already booked', () => {
    const clash = clashOf(
      conflict({
        reason: 'VENUE_CLASH',
        field: 'sessions.2',
        clash: {
          sessionId: 's',
          activityTitle: 'Masterclass Bibob',
          startsAt: '2027-03-04T08:30:00.000Z',
          endsAt: '2027-03-04T11:30:00.000Z',
        },
      }),
    );
    expect(clash).toEqual({
      reason: 'VENUE_CLASH',
      row: 2,
      with: {
        activityTitle: 'Masterclass Bibob',
        startsAt: '2027-03-04T08:30:00.000Z',
        endsAt: '2027-03-04T11:30:00.000Z',
        facilitatorName: null,
      },
    });
  });

  it('handles an edit (no row), an unnamed clash and other errors', () => {
    expect(clashOf(conflict({ reason: 'FACILITATOR_CLASH', field: '', clash: null }))).toEqual({
      reason: 'FACILITATOR_CLASH',
      row: null,
      with: null,
    });
    expect(clashOf(conflict({ reason: 'STALE_VERSION' }))).toBeNull();
    expect(clashOf(new Error('network'))).toBeNull();
  });
});
