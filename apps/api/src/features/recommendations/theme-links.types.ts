import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ThemeRef } from './recommendation.types';

@ObjectType({ description: "A word of the recommendation's title found in a theme's title or description." })
export class ThemeWordMatch {
  @Field({ description: 'The word as it appears in the title (lower case, no accents).' })
  word: string;

  @Field({ description: 'The word of the theme it matched.' })
  themeWord: string;
}

@ObjectType({ description: 'A theme suggested for a recommendation, with why.' })
export class ThemeSuggestion {
  @Field(() => ThemeRef)
  theme: ThemeRef;

  @Field({ description: "The theme is linked to the recommendation's facet." })
  fromFacet: boolean;

  @Field(() => [ThemeWordMatch], { description: 'Words of the title that match the theme.' })
  words: ThemeWordMatch[];
}

@ObjectType({
  description: 'Confidential: suggested themes for one recommendation, best first; linked themes left out.',
})
export class RecommendationThemeSuggestions {
  @Field(() => ID)
  recommendationId: string;

  @Field(() => [ThemeSuggestion])
  suggestions: ThemeSuggestion[];
}

@ObjectType({ description: 'A recommendation changed since the analyst loaded it.' })
export class StaleRecommendation {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  currentVersion: number;
}
