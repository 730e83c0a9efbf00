import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from './follow-up';
import { GLOSSARY, glossaryIn, term } from './glossary';
import { LOCALES } from './locales';
import { ROLES } from './roles';

describe('glossary', () => {
  it('names every role and follow-up status, in both languages', () => {
    expect(Object.keys(GLOSSARY.role).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(GLOSSARY.followUpStatus).sort()).toEqual([...FOLLOW_UP_STATUSES].sort());
    for (const locale of LOCALES) {
      for (const [group, terms] of Object.entries(glossaryIn(locale))) {
        for (const [code, word] of Object.entries(terms)) {
          expect(word.trim(), `${locale} ${group}.${code}`).not.toBe('');
        }
      }
    }
  });

  it('gives one word per term: a registration is "Ingeschreven", a session open "voor inschrijving"', () => {
    expect(term('registrationStatus', 'CONFIRMED', 'nl')).toBe('Ingeschreven');
    expect(term('registrationStatus', 'CONFIRMED', 'en')).toBe('Registered');
    expect(term('sessionStatus', 'OPEN', 'nl')).toBe('Open voor inschrijving');
    expect(glossaryIn('en').role.PROGRAMME_STAFF).toBe('Programme staff');
  });
});
