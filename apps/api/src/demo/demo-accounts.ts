import type { Role } from '@rode-draad/shared';

/**
 * Published, and too weak for the password check: demo accounts are seeded straight into the
 * database (seed-demo.ts), never set through the API, so the check does not apply to them.
 */
export const DEMO_PASSWORD = 'rodedraad-demo';
export const DEMO_DOMAIN = 'rodedraad.example';
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;
export const DEMO_ANALYST_EMAIL = `riec@${DEMO_DOMAIN}`;
export const DEMO_STAFF_EMAIL = `staff@${DEMO_DOMAIN}`;

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** CBS code of the municipality, for coordinators and participants. */
  municipalityCode: string | null;
}

/** "Hof van Twente" becomes "hof-van-twente". */
export const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

export function demoAccounts(municipalities: readonly [name: string, code: string][]): DemoAccount[] {
  const regional: DemoAccount[] = [
    { email: DEMO_ADMIN_EMAIL, name: 'Anne Admin', role: 'ADMIN', municipalityCode: null },
    { email: DEMO_STAFF_EMAIL, name: 'Sanne Programmateam', role: 'PROGRAMME_STAFF', municipalityCode: null },
    { email: DEMO_ANALYST_EMAIL, name: 'Rik RIEC', role: 'RIEC_ANALYST', municipalityCode: null },
  ];
  const municipal = municipalities.flatMap(([name, code]): DemoAccount[] => [
    {
      email: `coordinator.${slug(name)}@${DEMO_DOMAIN}`,
      name: `Coördinator ${name}`,
      role: 'MUNICIPAL_COORDINATOR',
      municipalityCode: code,
    },
    {
      email: `participant.${slug(name)}@${DEMO_DOMAIN}`,
      name: `Deelnemer ${name}`,
      role: 'PARTICIPANT',
      municipalityCode: code,
    },
  ]);
  return [...regional, ...municipal];
}
