import { describe, expect, it } from 'vitest';
import type { PictureLineFieldsFragment } from '../../gql/graphql';
import { bandBounds, toChartRows } from './pictureLines';

function line(
  title: string,
  municipalities: Omit<PictureLineFieldsFragment['municipalities'], '__typename'>,
): PictureLineFieldsFragment {
  return {
    __typename: 'PictureLine',
    theme: { __typename: 'PictureTheme', id: title, title },
    municipalities: { __typename: 'CountBand', ...municipalities },
    followUp: {
      __typename: 'FollowUpShares',
      suppressed: true,
      open: null,
      inProgress: null,
      done: null,
      notAdopted: null,
    },
    trend: null,
    learningEffect: null,
  };
}

const LINES = [
  line('Bibob', { kind: 'EXACT', value: 7, bound: null }),
  line('Vastgoed', { kind: 'FEWER_THAN', value: null, bound: 3 }),
  line('Integriteit', { kind: 'MORE_THAN', value: null, bound: 11 }),
];

describe('picture chart rows', () => {
  it('puts each count in exactly one series and never invents an exact number for a band', () => {
    expect(toChartRows(LINES)).toEqual([
      { theme: 'Bibob', exact: 7, fewerThan: null, moreThan: null },
      { theme: 'Vastgoed', exact: null, fewerThan: 3, moreThan: null },
      { theme: 'Integriteit', exact: null, fewerThan: null, moreThan: 11 },
    ]);
  });

  it('reports the bounds that occur, for the legend', () => {
    expect(bandBounds(LINES)).toEqual({ fewerThan: 3, moreThan: 11 });
    expect(bandBounds(LINES.slice(0, 1))).toEqual({ fewerThan: null, moreThan: null });
  });
});
