import type { ConsentStatus } from '@rode-draad/shared';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import type { RecommendationHoldBack, ScanConsent } from './consent.types';

/** A scan with its consent row, if any (no row: not decided). */
export interface ConsentRow {
  scan_id: string;
  municipality_id: string;
  status: ConsentStatus | null;
  basis: string | null;
  decision_date: string | null;
  reference: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  version: number | null;
}

export interface HoldBackRow {
  recommendation_id: string;
  held_back_at: Date;
  held_back_by_id: string | null;
  held_back_by_name: string | null;
}

export function toScanConsent(viewer: Viewer, r: ConsentRow): ScanConsent {
  return {
    status: r.status ?? 'NOT_DECIDED',
    basis: r.basis ?? '',
    decisionDate: r.decision_date,
    reference: r.reference ?? '',
    decidedBy: r.decided_by_id ? { id: r.decided_by_id, name: r.decided_by_name ?? '' } : null,
    decidedAt: r.decided_at,
    version: r.version ?? 0,
    // The scan is visible, so it lies in the viewer's region.
    viewerCanRecord: canOn(viewer, Permission.CONSENT_WRITE, {
      regionId: viewer.regionId,
      municipalityId: r.municipality_id,
    }),
  };
}

export function toHoldBack(r: HoldBackRow): RecommendationHoldBack {
  return {
    heldBackAt: r.held_back_at,
    heldBackBy: r.held_back_by_id ? { id: r.held_back_by_id, name: r.held_back_by_name ?? '' } : null,
  };
}
