import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { amsterdamWallClockOf, amsterdamWallClockToUtc, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@rode-draad/shared';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { NationalIds } from './national-data';

/**
 * The web app's real operations and the variables its pages send, in one place: when an API
 * changes (the roadmap's cells becoming counts, say), adapt the bench here.
 */

const WEB_FEATURES = path.resolve(__dirname, '../../../web/src/features');

let definitions: DefinitionNode[] | undefined;

/** Every operation and fragment of the web app's `features/*\/graphql/*.graphql`. */
function webDefinitions(): DefinitionNode[] {
  if (!definitions) {
    definitions = [];
    for (const feature of readdirSync(WEB_FEATURES)) {
      const dir = path.join(WEB_FEATURES, feature, 'graphql');
      let files: string[];
      try {
        files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
      } catch {
        continue;
      }
      for (const file of files) {
        definitions.push(...parse(readFileSync(path.join(dir, file), 'utf8')).definitions);
      }
    }
  }
  return definitions;
}

/** The web's operation `name` with the fragments it spreads, as the web sends it. */
function webOperation(name: string): string {
  const all = webDefinitions();
  const operation = all.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) {
    throw new Error(`The web app has no operation ${name}.`);
  }
  const fragments = new Map(
    all.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (!needed.has(spread.name.value)) {
          needed.add(spread.name.value);
          collect(fragments.get(spread.name.value)!);
        }
      },
    });
  collect(operation);
  return [operation, ...[...needed].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n');
}

/** Midnight in Amsterdam of a calendar day, as the web's `startOfZonedDay`. */
function amsterdamMidnight(day: string): string {
  return amsterdamWallClockToUtc(day, '00:00')!.toISOString();
}

const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** The web calendar's month view of the month of `now`: whole weeks from Monday, as `monthGrid`. */
function calendarMonthFilter(now = new Date()): { from: string; to: string } {
  const today = amsterdamWallClockOf(now).date;
  const first = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const end = new Date(next.getTime() + ((7 - next.getUTCDay() + 1) % 7) * 86_400_000);
  return { from: amsterdamMidnight(dayKey(start)), to: amsterdamMidnight(dayKey(end)) };
}

export interface BenchOperation {
  /** The web's operation name; also the raw endpoint's route where it has one. */
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  /** Which bench user sends it. */
  as: 'participant' | 'coordinator' | 'analyst' | 'staff';
}

/** The list pages as the web sends them by default: no filter, first page (sessions: from today). */
export function benchOperations(ids: NationalIds, now = new Date()) {
  const today = amsterdamWallClockOf(now).date;
  const sessions = webOperation('Sessions');
  const recommendations = webOperation('Recommendations');
  const page = { offset: 0, limit: PAGE_SIZE_DEFAULT };
  const noRecommendationFilter = {
    search: null,
    facetId: null,
    themeId: null,
    priority: null,
    status: null,
    municipalityId: null,
    ownerUserId: null,
    dueFrom: null,
    dueTo: null,
    overdue: null,
  };
  const defaultSort = { field: 'PRIORITY', direction: 'ASC' };
  const roadmap = webOperation('Roadmap');
  return {
    sessionsList: {
      operation: 'Sessions',
      query: sessions,
      variables: {
        filter: {
          search: null,
          themeId: null,
          format: null,
          hostMunicipalityId: null,
          from: amsterdamMidnight(today),
          to: null,
        },
        page,
      },
      as: 'participant',
    },
    calendarMonth: {
      operation: 'Sessions',
      query: sessions,
      variables: {
        filter: { search: null, themeId: null, format: null, hostMunicipalityId: null, ...calendarMonthFilter(now) },
        page: { offset: 0, limit: PAGE_SIZE_MAX },
      },
      as: 'participant',
    },
    recommendationsCoordinator: {
      operation: 'Recommendations',
      query: recommendations,
      variables: { filter: noRecommendationFilter, sort: defaultSort, page },
      as: 'coordinator',
    },
    recommendationsRegion: {
      operation: 'Recommendations',
      query: recommendations,
      variables: { filter: noRecommendationFilter, sort: defaultSort, page },
      as: 'analyst',
    },
    latestPicture: {
      operation: 'LatestPicture',
      query: webOperation('LatestPicture'),
      variables: {},
      as: 'participant',
    },
    roadmapYear: {
      operation: 'Roadmap',
      query: roadmap,
      variables: { programmeId: ids.programmeId, byQuarter: false },
      as: 'staff',
    },
    roadmapQuarter: {
      operation: 'Roadmap',
      query: roadmap,
      variables: { programmeId: ids.programmeId, byQuarter: true },
      as: 'staff',
    },
  } satisfies Record<string, BenchOperation>;
}
