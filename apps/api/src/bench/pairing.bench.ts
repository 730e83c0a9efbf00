import { performance } from 'node:perf_hooks';
import { proposeGroups } from '../features/peer-learning/pairing/engine';
import type { GroupForm } from '../features/peer-learning/pairing/pairing.types';
import { randomInput, seededRandom } from '../features/peer-learning/pairing/random-input';
import { median } from './stats';

/** Median milliseconds of proposeGroups (explanations included) over `runs` seeded instances. */
function medianMs(size: number, goals: number, form: GroupForm, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const input = randomInput(seededRandom(1000 + run), size, goals, form);
    const started = performance.now();
    const result = proposeGroups(input);
    times.push(performance.now() - started);
    if (!result.feasible || !result.exact) {
      throw new Error(`pairing bench: ${size} members gave no exact grouping`);
    }
  }
  return Math.round(median(times) * 10) / 10;
}

/** The targets: 14–15 municipalities with a trio < 50 ms; 400 municipalities × 10 goals in pairs < 2 s. */
export function benchPairing(): Record<string, number> {
  return {
    'pairing: 15 municipalities, pairs + one trio, median ms': medianMs(15, 4, 'PAIRS', 21),
    'pairing: 14 municipalities, pairs or trios, median ms': medianMs(14, 4, 'PAIRS_OR_TRIOS', 21),
    'pairing: 400 municipalities x 10 goals, pairs, median ms': medianMs(400, 10, 'PAIRS', 3),
  };
}
