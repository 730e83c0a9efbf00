/**
 * Consent behind the regional picture: per scan, whether its outcomes may feed it. A scan nobody
 * decided on contributes nothing; only AGREED contributes, and then only the recommendations the
 * municipality does not hold back. Both apps validate with these rules.
 */
export const CONSENT_STATUSES = ['NOT_DECIDED', 'AGREED', 'REFUSED'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_BASIS_MAX_LENGTH = 500;
export const CONSENT_REFERENCE_MAX_LENGTH = 200;

/** Agreeing needs a basis (e.g. "collegebesluit"): the RIEC must be able to tell on what the share rests. */
export function consentNeedsBasis(status: ConsentStatus): boolean {
  return status === 'AGREED';
}
