import { describe, expect, it } from 'vitest';
import type { PeerEnrolmentFieldsFragment } from '../../gql/graphql';
import { enrolmentFormValues, toEnrolmentInput, trackMonths, validateEnrolmentForm } from './enrolmentForm';

const track = {
  startsOn: '2025-11-01',
  endsOn: '2026-02-15',
  goals: [
    { __typename: 'PeerTrackGoal' as const, id: 'g2', position: 1, title: 'Twee' },
    { __typename: 'PeerTrackGoal' as const, id: 'g1', position: 0, title: 'Een' },
  ],
};

const enrolment: PeerEnrolmentFieldsFragment = {
  __typename: 'PeerEnrolment',
  id: 'e1',
  version: 2,
  trackId: 't1',
  municipalityId: 'm1',
  municipalityName: 'Almelo',
  availableMonths: ['2026-01', '2025-11'],
  consentShowGoals: false,
  withdrawnAt: null,
  updatedAt: '2025-10-01T00:00:00.000Z',
  declarations: [{ __typename: 'PeerGoalDeclaration', goalId: 'g2', need: 3, share: 1 }],
  contacts: [{ __typename: 'PeerContact', userId: 'u2', name: 'Collega', email: 'c@example.org' }],
  preferences: [
    { __typename: 'PeerPreference', kind: 'PREFER', municipalityId: 'm3', municipalityName: 'Borne' },
    { __typename: 'PeerPreference', kind: 'AVOID', municipalityId: 'm4', municipalityName: 'Losser' },
  ],
};

describe('enrolment form values', () => {
  it('lists every month of the period, across the year end', () => {
    expect(trackMonths(track.startsOn, track.endsOn)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('starts a new enrolment at 0/0 per goal, every month, the viewer as contact, and consent given', () => {
    expect(enrolmentFormValues(track, null, 'u1')).toEqual({
      declarations: [
        { goalId: 'g1', need: '0', share: '0' },
        { goalId: 'g2', need: '0', share: '0' },
      ],
      availableMonths: ['2025-11', '2025-12', '2026-01', '2026-02'],
      contactUserIds: ['u1'],
      prefer: [],
      avoid: [],
      consentShowGoals: true,
    });
  });

  it('reads a stored enrolment (an undeclared goal at 0/0) and writes it back as the API takes it', () => {
    const values = enrolmentFormValues(track, enrolment, 'u1');
    expect(values.declarations).toEqual([
      { goalId: 'g1', need: '0', share: '0' },
      { goalId: 'g2', need: '3', share: '1' },
    ]);
    expect(toEnrolmentInput(values)).toEqual({
      declarations: [
        { goalId: 'g1', need: 0, share: 0 },
        { goalId: 'g2', need: 3, share: 1 },
      ],
      availableMonths: ['2025-11', '2026-01'],
      contactUserIds: ['u2'],
      preferences: [
        { kind: 'PREFER', municipalityId: 'm3' },
        { kind: 'AVOID', municipalityId: 'm4' },
      ],
      consentShowGoals: false,
    });
  });

  it('starts afresh after a withdrawal', () => {
    const values = enrolmentFormValues(track, { ...enrolment, withdrawnAt: '2025-10-02T00:00:00.000Z' }, 'u1');
    expect(values.contactUserIds).toEqual(['u1']);
    expect(values.declarations.every((d) => d.need === '0' && d.share === '0')).toBe(true);
  });

  it('asks for something declared, a month, a contact, and a municipality in one list only', () => {
    const empty = { ...enrolmentFormValues(track, null, 'u1'), availableMonths: [], contactUserIds: [] };
    expect(validateEnrolmentForm({ ...empty, prefer: ['m3'], avoid: ['m3'] })).toEqual({
      declarations: { key: 'enrolment.validation.nothingDeclared' },
      availableMonths: { key: 'enrolment.validation.noMonths' },
      contactUserIds: { key: 'enrolment.validation.noContacts' },
      avoid: { key: 'enrolment.validation.preferAndAvoid' },
    });
    expect(validateEnrolmentForm(enrolmentFormValues(track, enrolment, 'u1'))).toEqual({});
  });
});
