// Libraries in production mode before anything loads graphql, as `npm start` runs the server.
import '../runtime-mode';
import os from 'node:os';
import { benchAudit } from './audit.bench';
import { benchNational } from './national.bench';
import { benchPairing } from './pairing.bench';
import { benchPicture } from './picture.bench';
import { benchProgramme } from './programme.bench';
import { benchStartup } from './startup.bench';
import { benchWebSize } from './web-size.bench';

type Results = Record<string, number | string>;

/** The benches by name, for `RD_BENCH_ONLY=national,picture` (comma-separated); all by default. */
const BENCHES: Record<string, () => Results | Promise<Results>> = {
  'web-size': benchWebSize,
  startup: benchStartup,
  picture: benchPicture,
  programme: benchProgramme,
  pairing: benchPairing,
  audit: benchAudit,
  national: benchNational,
};

/** The machine the figures ran on: they depend on it. */
function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/** `npm run bench`: measures what the issues set targets for, and prints one line per figure. */
async function main() {
  const only = process.env.RD_BENCH_ONLY?.split(',').map((name) => name.trim()) ?? Object.keys(BENCHES);
  const unknown = only.filter((name) => !BENCHES[name]);
  if (unknown.length > 0) {
    throw new Error(`RD_BENCH_ONLY: unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  }
  console.log(`${'machine'.padEnd(60)} ${machine()}`);
  for (const name of only) {
    for (const [figure, value] of Object.entries(await BENCHES[name]!())) {
      console.log(`${figure.padEnd(60)} ${value}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
