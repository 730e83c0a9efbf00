import type { FollowUpStatus } from './follow-up';
import type { Locale } from './locales';
import type { Role } from './roles';

/**
 * The product's words for its states and roles, once, in both languages. The web app reads them as
 * the i18next namespace `glossary` (feature texts refer to them with `$t(glossary:…)`), the API's
 * CSV exports and e-mails through `term()`, so a registration is "Ingeschreven" everywhere and not
 * "Bevestigd" in one export. Words that only one screen uses stay in that screen's texts.
 */

type Term = Record<Locale, string>;

type RegistrationStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
type SessionStatus = 'DRAFT' | 'OPEN' | 'FULL' | 'CANCELLED' | 'COMPLETED';

export const GLOSSARY = {
  role: {
    ADMIN: { nl: 'Beheerder', en: 'Administrator' },
    PROGRAMME_STAFF: { nl: 'Programmateam', en: 'Programme staff' },
    RIEC_ANALYST: { nl: 'RIEC-analist', en: 'RIEC analyst' },
    MUNICIPAL_COORDINATOR: { nl: 'Gemeentelijk coördinator', en: 'Municipal coordinator' },
    PARTICIPANT: { nl: 'Deelnemer', en: 'Participant' },
  } satisfies Record<Role, Term>,
  registrationStatus: {
    CONFIRMED: { nl: 'Ingeschreven', en: 'Registered' },
    WAITLISTED: { nl: 'Wachtlijst', en: 'Waitlist' },
    CANCELLED: { nl: 'Afgemeld', en: 'Cancelled' },
  } satisfies Record<RegistrationStatus, Term>,
  sessionStatus: {
    DRAFT: { nl: 'Concept', en: 'Draft' },
    OPEN: { nl: 'Open voor inschrijving', en: 'Open for registration' },
    FULL: { nl: 'Vol', en: 'Full' },
    CANCELLED: { nl: 'Geannuleerd', en: 'Cancelled' },
    COMPLETED: { nl: 'Afgerond', en: 'Completed' },
  } satisfies Record<SessionStatus, Term>,
  followUpStatus: {
    OPEN: { nl: 'Open', en: 'Open' },
    IN_PROGRESS: { nl: 'In uitvoering', en: 'In progress' },
    DONE: { nl: 'Afgerond', en: 'Done' },
    NOT_ADOPTED: { nl: 'Niet overgenomen', en: 'Not adopted' },
  } satisfies Record<FollowUpStatus, Term>,
} as const;

export type GlossaryGroup = keyof typeof GLOSSARY;

/** One term in one language, e.g. `term('registrationStatus', 'CONFIRMED', 'nl')` = "Ingeschreven". */
export function term<G extends GlossaryGroup>(group: G, code: keyof (typeof GLOSSARY)[G], locale: Locale): string {
  return (GLOSSARY[group][code] as Term)[locale];
}

/** The glossary in one language, shaped as i18next resources: `{ role: { ADMIN: 'Beheerder', … }, … }`. */
export function glossaryIn(locale: Locale): { [G in GlossaryGroup]: Record<keyof (typeof GLOSSARY)[G], string> } {
  return Object.fromEntries(
    Object.entries(GLOSSARY).map(([group, terms]) => [
      group,
      Object.fromEntries(Object.entries(terms).map(([code, t]) => [code, t[locale]])),
    ]),
  ) as { [G in GlossaryGroup]: Record<keyof (typeof GLOSSARY)[G], string> };
}
