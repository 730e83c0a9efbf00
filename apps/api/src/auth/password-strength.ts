import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { BadInputError } from '../common/errors';

/** Why a password of acceptable length is refused; the web app translates these. */
export type PasswordWeakness = 'PASSWORD_TOO_WEAK' | 'PASSWORD_HAS_PERSONAL_INFO';

/** zxcvbn's 0–4 scale; 3 means about 10^8 guesses or more, enough against guessing online and off. */
const MIN_SCORE = 3;
/** Words anyone would try first against this app. */
const SITE_WORDS = ['rodedraad', 'rode draad', 'riec'];
/** Parts of the user's own name or e-mail shorter than this may appear by chance (e.g. "jan" in "januari"). */
const MIN_PERSONAL_MATCH = 4;

let estimator: ZxcvbnFactory | undefined;

/**
 * Built on first use: it ranks some 30,000 common passwords, which takes a few hundred ms.
 * Only the first 64 characters are analysed and l33t substitutions are capped: zxcvbn's work grows
 * fast with length, and longer passwords are strong anyway.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, site: SITE_WORDS },
    graphs: adjacencyGraphs,
    maxLength: 64,
    l33tMaxSubstitutions: 10,
  });
  return estimator;
}

/** The e-mail address, its local part and the pieces of both and of the name, as zxcvbn user inputs. */
function personalWords(person: { email: string; name: string }): string[] {
  const email = person.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = person.name.trim().toLowerCase();
  const pieces = [...local.split(/[._+-]+/), ...name.split(/[\s.'-]+/)];
  return [...new Set([email, local, name, name.replace(/\s+/g, ''), ...pieces])].filter((w) => w.length >= 3);
}

/**
 * Refuses passwords that are common, guessable or built from the user's own name or e-mail
 * address. Length is checked at the input already (PASSWORD_MIN_LENGTH).
 */
export function passwordWeakness(password: string, person: { email: string; name: string }): PasswordWeakness | null {
  const result = zxcvbn().check(password, personalWords(person));
  const personal = result.sequence.some(
    (match) =>
      match.pattern === 'dictionary' &&
      match.dictionaryName === 'userInputs' &&
      match.token.length >= MIN_PERSONAL_MATCH,
  );
  if (personal) {
    return 'PASSWORD_HAS_PERSONAL_INFO';
  }
  return result.score < MIN_SCORE ? 'PASSWORD_TOO_WEAK' : null;
}

const WEAKNESS_MESSAGES: Record<PasswordWeakness, string> = {
  PASSWORD_TOO_WEAK: 'This password is too easy to guess.',
  PASSWORD_HAS_PERSONAL_INFO: 'The password must not contain your name or e-mail address.',
};

/** For services that set a password: refuses a weak one as a problem with the given input field. */
export function requireStrongPassword(password: string, person: { email: string; name: string }, field: string): void {
  const weakness = passwordWeakness(password, person);
  if (weakness) {
    throw new BadInputError(WEAKNESS_MESSAGES[weakness], [{ field, reason: weakness }]);
  }
}
