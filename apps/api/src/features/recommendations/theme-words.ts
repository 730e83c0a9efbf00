/**
 * Word matching for theme suggestions: simple enough to explain to the analyst ("'vastgoed' in the
 * title matches 'vastgoed' in the theme"). Lower case, accents off, Dutch stop words and words under
 * four letters out. Two words match when equal, or when they share a stem of at least six letters
 * that is most of the shorter word (Dutch compounds and inflections: "vastgoedscan" and "vastgoed").
 */

const STOP_WORDS = new Set(
  (
    'aan al alle alles als altijd ander andere bij binnen daar dan dat de deze die dit door een eens en er ' +
    'geen het hier hij hoe hun iets ik in is je kan kon kunnen maar me meer men met mij mijn moet na naar ' +
    'niet niets nog nu of om omdat onder ons ook op over per te tegen toch toe tot uit van vanuit veel voor ' +
    'waar wat we wel werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou zullen ' +
    'gaan gemeente gemeentelijk gemeentelijke beter betere goed goede nieuw nieuwe maken opstellen uitvoeren ' +
    'actualiseren verbeteren versterken'
  ).split(' '),
);

export function significantWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) {
    n += 1;
  }
  return n;
}

export function wordsMatch(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const shared = commonPrefix(a, b);
  return shared >= 6 && shared >= 0.75 * Math.min(a.length, b.length);
}

/** The title's words that match a word of the theme, each with the theme word it matched. */
export function matchingWords(title: string, themeText: string): { word: string; themeWord: string }[] {
  const themeWords = significantWords(themeText);
  const matches: { word: string; themeWord: string }[] = [];
  for (const word of significantWords(title)) {
    const themeWord = themeWords.find((t) => wordsMatch(word, t));
    if (themeWord) {
      matches.push({ word, themeWord });
    }
  }
  return matches;
}
