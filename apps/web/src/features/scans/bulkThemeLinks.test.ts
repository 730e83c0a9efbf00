import { describe, expect, it } from 'vitest';
import { combineSuggestions, staleTitles } from './bulkThemeLinks';

const theme = (id: string, title: string) => ({ __typename: 'ThemeRef' as const, id, title });
const word = (w: string) => ({ __typename: 'ThemeWordMatch' as const, word: w, themeWord: w });
const suggestion = (t: ReturnType<typeof theme>, fromFacet: boolean, words: string[]) => ({
  __typename: 'ThemeSuggestion' as const,
  theme: t,
  fromFacet,
  words: words.map(word),
});

describe('bulk theme links', () => {
  it('combines the suggestions of the selected recommendations per theme, most suggested first', () => {
    const vastgoed = theme('t1', 'Vastgoed');
    const zorg = theme('t2', 'Zorgfraude');
    const combined = combineSuggestions([
      { suggestions: [suggestion(zorg, false, ['zorgfraude']), suggestion(vastgoed, false, ['vastgoed'])] },
      { suggestions: [suggestion(vastgoed, true, ['vastgoed', 'panden'])] },
    ]);
    expect(combined).toEqual([
      { themeId: 't1', title: 'Vastgoed', count: 2, fromFacet: true, words: ['vastgoed', 'panden'] },
      { themeId: 't2', title: 'Zorgfraude', count: 1, fromFacet: false, words: ['zorgfraude'] },
    ]);
  });

  it('names the stale recommendations by title, ignoring what it does not know', () => {
    const selected = [
      { id: 'a', title: 'Eerste' },
      { id: 'b', title: 'Tweede' },
    ];
    expect(staleTitles([{ id: 'b', currentVersion: 3 }, { id: 'x' }], selected)).toEqual(['Tweede']);
    expect(staleTitles(undefined, selected)).toEqual([]);
  });
});
