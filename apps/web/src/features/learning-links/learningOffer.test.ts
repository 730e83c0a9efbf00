import { describe, expect, it } from 'vitest';
import { registrationOpen, splitOffer } from './learningOffer';

const now = new Date('2025-03-01T10:00:00Z');

describe('registrationOpen', () => {
  it('is open for an open or full session before its deadline only', () => {
    const session = { kind: 'SESSION' as const, sessionStatus: 'OPEN', registrationDeadline: '2025-03-02T10:00:00Z' };
    expect(registrationOpen(session, now)).toBe(true);
    expect(registrationOpen({ ...session, sessionStatus: 'FULL' }, now)).toBe(true);
    expect(registrationOpen({ ...session, sessionStatus: 'COMPLETED' }, now)).toBe(false);
    expect(registrationOpen({ ...session, registrationDeadline: '2025-03-01T10:00:00Z' }, now)).toBe(false);
    expect(registrationOpen({ ...session, registrationDeadline: null }, now)).toBe(false);
    expect(registrationOpen({ ...session, kind: 'ACTIVITY' }, now)).toBe(false);
  });
});

describe('splitOffer', () => {
  it('keeps the server order within both parts', () => {
    const items = [
      { id: 'a', upcoming: true },
      { id: 'b', upcoming: false },
      { id: 'c', upcoming: true },
    ];
    expect(splitOffer(items)).toEqual({ upcoming: [items[0], items[2]], other: [items[1]] });
  });
});
