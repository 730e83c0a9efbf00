import { bandCount, type CountBand } from '@rode-draad/shared';
import type { EntityManager } from 'typeorm';

/*
 * Only what municipalities agreed to share feeds the regional picture (issue 13): a recommendation
 * contributes when its scan's consent is AGREED and the municipality does not hold it back; a
 * municipality contributes when at least one of its scans is AGREED. Holding recommendations back
 * never changes which municipalities contribute, so n moves only with a scan's consent.
 *
 * n in the disclosure rule is the number of contributing municipalities, but that number is itself
 * confidential: readers may learn it only as a count band among the region's municipalities. A band
 * "more than n − k" names n − k, so where the contributing count is not shown exactly the rule uses
 * the lowest count it could be (the band's bound + 1): every exact figure then stays at least k
 * below every count the reader cannot rule out, and no bound gives the hidden count away.
 */

/** Whether recommendation `r` feeds the picture: an agreed scan, not held back. For SQL over recommendations. */
export const contributes = (r: string): string => `EXISTS (SELECT 1 FROM scan_consents sc
    WHERE sc.scan_id = ${r}.scan_id AND sc.status = 'AGREED')
  AND NOT EXISTS (SELECT 1 FROM recommendation_holdbacks hb WHERE hb.recommendation_id = ${r}.id)`;

export interface ContributingMunicipality {
  id: string;
  name: string;
}

/** The region's municipalities with at least one agreed scan, by name. For the analyst only. */
export function contributingMunicipalities(tx: EntityManager, regionId: string): Promise<ContributingMunicipality[]> {
  return tx.query<ContributingMunicipality[]>(
    `SELECT m.id, m.name FROM municipalities m
      WHERE m.region_id = $1
        AND EXISTS (SELECT 1 FROM scan_consents sc WHERE sc.municipality_id = m.id AND sc.region_id = $1
                      AND sc.status = 'AGREED')
      ORDER BY m.name, m.id`,
    [regionId],
  );
}

/** The contributing count as readers may see it: banded among the region's n municipalities. */
export const contributingBand = (contributing: number, regionCount: number, k: number): CountBand =>
  bandCount(contributing, regionCount, k);

/** The n the disclosure rule uses: the contributing count where it is shown, else the lowest it could be. */
export function disclosureBase(band: CountBand): number {
  switch (band.kind) {
    case 'EXACT':
      return band.value;
    case 'MORE_THAN':
      return band.bound + 1;
    case 'FEWER_THAN':
      // Fewer than k contribute: every theme's count is below k and reads "fewer than k" anyway.
      return 0;
  }
}

/** A theme's count of municipalities banded against the disclosure base (it can exceed a base below the true n). */
export const bandAmongContributing = (count: number, base: number, k: number): CountBand =>
  bandCount(Math.min(count, base), base, k);

/** The count readers see: only when it passes the k rule. */
export const shownContributingCount = (band: CountBand | null): number | null =>
  band?.kind === 'EXACT' ? band.value : null;
