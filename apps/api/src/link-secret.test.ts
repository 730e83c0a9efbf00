import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveLinkSecret } from './link-secret';

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rd-link-secret-'));
  dirs.push(dir);
  return path.join(dir, 'data');
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('resolveLinkSecret', () => {
  it('takes RD_LINK_SECRET when set', async () => {
    const config = { mail: { linkSecret: 'from-the-environment' }, databaseUrl: 'postgres://x', production: true };
    expect(await resolveLinkSecret({ ...config, dataDir: await dataDir() }, () => undefined)).toBe(
      'from-the-environment',
    );
  });

  it("keeps one key in the embedded database's data directory: the same after a restart and for two processes", async () => {
    const dir = await dataDir();
    const config = { mail: {}, databaseUrl: undefined, production: false, dataDir: dir };
    const [a, b] = await Promise.all([
      resolveLinkSecret(config, () => undefined),
      resolveLinkSecret(config, () => undefined),
    ]);
    expect(a).toHaveLength(43);
    expect(b).toBe(a);
    expect(await resolveLinkSecret(config, () => undefined)).toBe(a);
    expect((await stat(path.join(dir, 'link-secret'))).mode & 0o777).toBe(0o600);
  });

  it('refuses to start production on an external database without a key, since links would break', async () => {
    const config = { mail: {}, databaseUrl: 'postgres://db/rd', production: true, dataDir: await dataDir() };
    await expect(resolveLinkSecret(config, () => undefined)).rejects.toThrow(/RD_LINK_SECRET is required/);
  });

  it('warns and uses a key of its own outside production on an external database', async () => {
    const warnings: string[] = [];
    const config = { mail: {}, databaseUrl: 'postgres://db/rd', production: false, dataDir: await dataDir() };
    const key = await resolveLinkSecret(config, (message) => warnings.push(message));
    expect(key).toHaveLength(43);
    expect(warnings).toEqual([expect.stringMatching(/RD_LINK_SECRET is not set/)]);
  });
});
