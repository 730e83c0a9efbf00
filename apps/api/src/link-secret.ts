import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, MailConfig } from './config';

const FILE = 'link-secret';

/**
 * The key of invitation links. A link is computed when its mail is sent (maybe by another process,
 * maybe after a restart) and checked against the hash stored when the invitation was made, so every
 * process must hold the same key for as long as invitations live:
 * - RD_LINK_SECRET when set;
 * - with the embedded database (development, demo), a key kept next to its data in the data
 *   directory, made once, readable by the owner only;
 * - with an external database in production, none: the start is refused, since a key per process
 *   would send links that do not work;
 * - otherwise (an external database in development or tests) a key for this process, with a warning.
 */
export async function resolveLinkSecret(
  config: { mail: Pick<MailConfig, 'linkSecret'> } & Pick<Config, 'databaseUrl' | 'production' | 'dataDir'>,
  warn: (message: string) => void,
): Promise<string> {
  if (config.mail.linkSecret) {
    return config.mail.linkSecret;
  }
  if (!config.databaseUrl) {
    const file = path.join(config.dataDir, FILE);
    await mkdir(config.dataDir, { recursive: true });
    try {
      // 'wx': of two processes starting at once, one writes and both read the same key.
      await writeFile(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length < 32) {
      throw new Error(
        `${file} holds no usable key: delete it to make a new one (open invitation links then stop working)`,
      );
    }
    return kept;
  }
  if (config.production) {
    throw new Error(
      'RD_LINK_SECRET is required with an external database in production: set it to the same random value ' +
        '(e.g. `openssl rand -base64 32`) for every app process, or invitation links will not work',
    );
  }
  warn('RD_LINK_SECRET is not set: invitation links made by this process stop working when it stops');
  return randomBytes(32).toString('base64url');
}
