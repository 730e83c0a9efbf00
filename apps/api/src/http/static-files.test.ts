import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';

const APP_SCRIPT = `export const greeting = '${'hallo '.repeat(400)}';\n`;

let dist: string;
let app: TestApp;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rd-web-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Rode Draad</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1);\n//# sourceMappingURL=index-abc.js.map');
  await writeFile(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["src/secret.ts"]}');
  await writeFile(path.join(dist, 'assets', 'app-def.js'), APP_SCRIPT);
  await writeFile(path.join(dist, 'assets', 'app-def.js.br'), brotliCompressSync(APP_SCRIPT));
  await writeFile(path.join(dist, 'assets', 'app-def.js.gz'), gzipSync(APP_SCRIPT));
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
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

  it('sends the precompressed copy the browser accepts, typed as the original and cached for a year', async () => {
    const url = `${app.url}/assets/app-def.js`;
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await fetch(url, { headers: { 'accept-encoding': accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // fetch decodes the body: what arrives is the original script.
      expect(await response.text()).toBe(APP_SCRIPT);
    }
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const response = await fetch(`${app.url}/assets/app-def.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(APP_SCRIPT);
  });

  it('lets the browser revalidate files whose names carry no hash, and the app shell', async () => {
    const icon = await fetch(`${app.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    const shell = await fetch(`${app.url}/sessions`, { headers: { accept: 'text/html' } });
    expect(shell.headers.get('cache-control')).toBe('no-cache');
  });
});
