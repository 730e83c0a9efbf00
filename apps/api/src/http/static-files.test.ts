import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

let dist: string;
let app: TestApp;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rd-web-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Rode Draad</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1);\n//# sourceMappingURL=index-abc.js.map');
  await writeFile(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["src/secret.ts"]}');
  app = await startTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

describe('serving the web build', () => {
  it('serves the app shell and its scripts', async () => {
    const shell = await fetch(`${app.url}/scans`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('<title>Rode Draad</title>');
    expect((await fetch(`${app.url}/assets/index-abc.js`)).status).toBe(200);
  });

  it('never serves a source map, not even as the app shell', async () => {
    for (const accept of ['*/*', 'text/html']) {
      const response = await fetch(`${app.url}/assets/index-abc.js.map`, { headers: { accept } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
