import type { ThemeSuggestionsQuery } from '../../gql/graphql';

type Suggestion = ThemeSuggestionsQuery['themeSuggestions'][number]['suggestions'][number];

/** One theme suggested for some of the selected recommendations, with why for each. */
export interface CombinedSuggestion {
  themeId: string;
  title: string;
  /** How many of the selected recommendations it is suggested for. */
  count: number;
  fromFacet: boolean;
  /** Title words that matched, each once. */
  words: string[];
}

/** The suggestions of all selected recommendations per theme: most-suggested first, then by title. */
export function combineSuggestions(perRecommendation: { suggestions: Suggestion[] }[]): CombinedSuggestion[] {
  const byTheme = new Map<string, CombinedSuggestion>();
  for (const { suggestions } of perRecommendation) {
    for (const s of suggestions) {
      const entry = byTheme.get(s.theme.id) ?? {
        themeId: s.theme.id,
        title: s.theme.title,
        count: 0,
        fromFacet: false,
        words: [],
      };
      entry.count += 1;
      entry.fromFacet ||= s.fromFacet;
      for (const w of s.words) {
        if (!entry.words.includes(w.word)) {
          entry.words.push(w.word);
        }
      }
      byTheme.set(s.theme.id, entry);
    }
  }
  return [...byTheme.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'nl'));
}

/** The titles of the recommendations a CONFLICT named stale, in the order they were selected. */
export function staleTitles(stale: unknown, selected: { id: string; title: string }[]): string[] {
  if (!Array.isArray(stale)) {
    return [];
  }
  const ids = new Set(
    stale.map((s) => (s as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'),
  );
  return selected.filter((r) => ids.has(r.id)).map((r) => r.title);
}
