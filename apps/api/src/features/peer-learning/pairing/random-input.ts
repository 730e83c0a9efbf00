import type { GroupForm, PairingInput, PairingMember } from './pairing.types';

/** Seeded generator (mulberry32): the same seed gives the same instances on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random enrolments: `size` municipalities with levels 0..3 on `goals` goals, no constraints. */
export function randomInput(random: () => number, size: number, goals: number, form: GroupForm): PairingInput {
  const level = () => Math.floor(random() * 4);
  const members: PairingMember[] = Array.from({ length: size }, (_, i) => ({
    id: `gm${String(i).padStart(3, '0')}`,
    needs: Array.from({ length: goals }, level),
    shares: Array.from({ length: goals }, level),
  }));
  return {
    goals: Array.from({ length: goals }, (_, g) => `goal-${g}`),
    members,
    form,
    locked: [],
    forbidden: [],
    preferred: [],
    repeats: [],
  };
}
