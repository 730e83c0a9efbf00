import { ATTACHMENT_MAX_BYTES } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';
import {
  dueDateInPast,
  fileProblem,
  formatFileSize,
  hasChanges,
  linksOf,
  linksProblem,
  toFollowUpInput,
  valuesOf,
} from './followUpForm';

const stored = { status: 'IN_PROGRESS' as const, owner: { id: 'u1' }, dueDate: '2026-01-10' };

describe('the follow-up panel', () => {
  it('starts from the stored values with an empty note', () => {
    expect(valuesOf(stored)).toEqual({
      status: 'IN_PROGRESS',
      reason: '',
      ownerUserId: 'u1',
      dueDate: '2026-01-10',
      note: '',
      links: '',
    });
    expect(hasChanges(valuesOf(stored), stored)).toBe(false);
  });

  it('counts a changed field, a note or a link as something to save, never blank text', () => {
    const base = valuesOf(stored);
    expect(hasChanges({ ...base, note: '   ' }, stored)).toBe(false);
    expect(hasChanges({ ...base, note: 'Overleg gehad' }, stored)).toBe(true);
    expect(hasChanges({ ...base, links: '\nhttps://x.example\n' }, stored)).toBe(true);
    expect(hasChanges({ ...base, ownerUserId: null }, stored)).toBe(true);
    expect(hasChanges({ ...base, status: 'DONE' }, stored)).toBe(true);
  });

  it('sends a reason only when the status becomes "not adopted", and links one per line without doubles', () => {
    const values = {
      ...valuesOf(stored),
      reason: ' Te duur ',
      links: ' https://a.example \n\nhttps://a.example\nhttps://b.example',
    };
    expect(toFollowUpInput(values, stored, 4)).toMatchObject({
      status: 'IN_PROGRESS',
      reason: null,
      expectedVersion: 4,
    });
    expect(toFollowUpInput({ ...values, status: 'NOT_ADOPTED' }, stored, 4)).toMatchObject({
      reason: 'Te duur',
      links: ['https://a.example', 'https://b.example'],
      note: null,
      dueDate: '2026-01-10',
    });
    expect(toFollowUpInput({ ...values, dueDate: '' }, stored, 4).dueDate).toBeNull();
  });

  it('refuses a new due date in the past, keeps an unchanged overdue one', () => {
    const base = valuesOf(stored);
    expect(dueDateInPast(base, stored, '2026-03-01')).toBe(false);
    expect(dueDateInPast({ ...base, dueDate: '2026-02-28' }, stored, '2026-03-01')).toBe(true);
    expect(dueDateInPast({ ...base, dueDate: '2026-03-01' }, stored, '2026-03-01')).toBe(false);
    expect(dueDateInPast({ ...base, dueDate: '' }, stored, '2026-03-01')).toBe(false);
  });

  it('checks links before sending', () => {
    expect(linksOf('a\n b \n\na')).toEqual(['a', 'b']);
    expect(linksProblem('https://intranet.example/x\nhttp://dms.local/y')).toBeNull();
    expect(linksProblem('javascript:alert(1)')).toBe('INVALID_LINK');
    expect(linksProblem(Array.from({ length: 11 }, (_, i) => `https://x.example/${i}`).join('\n'))).toBe(
      'TOO_MANY_LINKS',
    );
  });

  it('spares a useless upload: empty, too large or an unaccepted name', () => {
    expect(fileProblem({ name: 'verslag.pdf', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'FOTO.JPEG', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'leeg.pdf', size: 0 })).toBe('EMPTY_FILE');
    expect(fileProblem({ name: 'groot.pdf', size: ATTACHMENT_MAX_BYTES + 1 })).toBe('ATTACHMENT_TOO_LARGE');
    expect(fileProblem({ name: 'script.html', size: 10 })).toBe('UNSUPPORTED_FILE_TYPE');
    expect(fileProblem({ name: 'pdf', size: 10 })).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('shows sizes as people read them', () => {
    expect(formatFileSize(512, 'nl')).toBe('512 B');
    expect(formatFileSize(1536, 'nl')).toBe('1,5 kB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });
});
