import { benchAudit } from './audit.bench';
import { benchPairing } from './pairing.bench';
import { benchPicture } from './picture.bench';
import { benchProgramme } from './programme.bench';
import { benchStartup } from './startup.bench';
import { benchWebSize } from './web-size.bench';

/** `npm run bench`: measures what the issues set targets for, and prints one line per figure. */
async function main() {
  const results: Record<string, number> = {
    ...benchWebSize(),
    ...(await benchStartup()),
    ...(await benchPicture()),
    ...(await benchProgramme()),
    ...benchPairing(),
    ...(await benchAudit()),
  };
  for (const [name, value] of Object.entries(results)) {
    console.log(`${name.padEnd(60)} ${value}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
