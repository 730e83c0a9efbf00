import type { ErrorReason } from '@rode-draad/shared';
import type { EntityManager } from 'typeorm';
import { BadInputError, ConflictError, type FieldProblem } from '../../common/errors';
import type { SessionClash } from './session-series.types';
import type { SessionInput } from './session.types';

/**
 * Everything the database would refuse less helpfully, checked for all sessions at once so the
 * planner sees every problem: times, deadline, place, seats, and ids outside the region.
 */
export async function checkSessions(
  tx: EntityManager,
  regionId: string,
  inputs: SessionInput[],
  prefix: (i: number) => string,
) {
  const problems: FieldProblem[] = [];
  const venueIds = new Set(inputs.flatMap((s) => (s.venueId ? [s.venueId] : [])));
  const municipalityIds = new Set(inputs.flatMap((s) => (s.hostMunicipalityId ? [s.hostMunicipalityId] : [])));
  const facilitatorIds = new Set(inputs.flatMap((s) => s.facilitatorIds ?? []));
  const [known] = await tx.query<{ venues: string[]; municipalities: string[]; facilitators: string[] }[]>(
    `SELECT ARRAY(SELECT id FROM venues WHERE region_id = $1 AND id = ANY($2::uuid[])) AS venues,
            ARRAY(SELECT id FROM municipalities WHERE region_id = $1 AND id = ANY($3::uuid[])) AS municipalities,
            ARRAY(SELECT id FROM facilitators WHERE region_id = $1 AND id = ANY($4::uuid[])) AS facilitators`,
    [regionId, [...venueIds], [...municipalityIds], [...facilitatorIds]],
  );
  const venues = new Set(known!.venues);
  const municipalities = new Set(known!.municipalities);
  const facilitators = new Set(known!.facilitators);
  for (const [i, s] of inputs.entries()) {
    const at = (field: string, reason: ErrorReason) => {
      // A series repeats one template: its problem is reported once, not once per date.
      if (!problems.some((p) => p.field === `${prefix(i)}${field}` && p.reason === reason)) {
        problems.push({ field: `${prefix(i)}${field}`, reason });
      }
    };
    if (s.endsAt <= s.startsAt) {
      at('endsAt', 'ENDS_BEFORE_START');
    }
    if (s.registrationDeadline && s.registrationDeadline > s.startsAt) {
      at('registrationDeadline', 'DEADLINE_AFTER_START');
    }
    if (!s.venueId && !s.onlineUrl?.trim()) {
      at('venueId', 'PLACE_REQUIRED');
    }
    if (s.venueId && !venues.has(s.venueId)) {
      at('venueId', 'UNKNOWN_VENUE');
    }
    if (s.hostMunicipalityId && !municipalities.has(s.hostMunicipalityId)) {
      at('hostMunicipalityId', 'UNKNOWN_MUNICIPALITY');
    }
    if ((s.facilitatorIds ?? []).some((f) => !facilitators.has(f))) {
      at('facilitatorIds', 'UNKNOWN_FACILITATOR');
    }
    if (s.maxPerMunicipality && s.maxPerMunicipality > s.capacity) {
      at('maxPerMunicipality', 'EXCEEDS_CAPACITY');
    }
  }
  if (problems.length) {
    throw new BadInputError('Some fields are not valid.', problems);
  }
}

/** Two sessions of one series at the same venue or with the same facilitator at the same time. */
export function checkSeriesClashes(inputs: SessionInput[], activityTitle: string): void {
  for (const [i, a] of inputs.entries()) {
    for (const [j, b] of inputs.entries()) {
      if (j >= i || !(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) {
        continue;
      }
      const details = {
        sessionId: null,
        activityTitle,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        index: j,
      };
      if (a.venueId && a.venueId === b.venueId) {
        throw clash('VENUE_CLASH', `sessions.${i}`, details);
      }
      const shared = (a.facilitatorIds ?? []).find((f) => (b.facilitatorIds ?? []).includes(f));
      if (shared) {
        throw clash('FACILITATOR_CLASH', `sessions.${i}`, { ...details, facilitatorId: shared });
      }
    }
  }
}

/** An earlier date of the same series at an overlapping time: the same venue and facilitators, so a clash. */
export function seriesClashes(sessions: { date: string; input: SessionInput }[], index: number): SessionClash[] {
  const { input } = sessions[index]!;
  if (!input.venueId && !input.facilitatorIds?.length) {
    return [];
  }
  const earlier = sessions
    .slice(0, index)
    .find((other) => other.input.startsAt < input.endsAt && input.startsAt < other.input.endsAt);
  return earlier
    ? [
        {
          reason: input.venueId ? 'VENUE_CLASH' : 'FACILITATOR_CLASH',
          session: null,
          seriesDate: earlier.date,
          facilitatorName: null,
        },
      ]
    : [];
}
export function clash(
  reason: 'VENUE_CLASH' | 'FACILITATOR_CLASH',
  field: string,
  details: Record<string, unknown> | null,
): ConflictError {
  const what = reason === 'VENUE_CLASH' ? 'The venue' : 'A facilitator';
  const when = details
    ? ` by "${String(details.activityTitle)}" (${String(details.startsAt)} – ${String(details.endsAt)})`
    : '';
  return new ConflictError(reason, `${what} is already booked at this time${when}.`, { field, clash: details });
}
