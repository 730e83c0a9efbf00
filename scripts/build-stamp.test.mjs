// `node --test scripts/build-stamp.test.mjs` (part of `npm test`): when `npm run build` may skip a build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { buildState, removeStamp, writeStamp } from './build-stamp.mjs';

let root;

function write(file, content) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** A repository with a web app, the shared package and the output of one finished build. */
function builtRepository() {
  write('package-lock.json', '{"lockfileVersion":3}');
  write('tsconfig.base.json', '{}');
  write('apps/web/index.html', '<div id="root"></div>');
  write('apps/web/vite.config.ts', 'export default {};');
  write('apps/web/src/main.tsx', 'console.log(1);');
  write('apps/web/src/main.test.tsx', 'test');
  write('apps/web/e2e/login.e2e.ts', 'test');
  write('packages/shared/src/index.ts', 'export const A = 1;');
  write('apps/api/src/main.ts', 'main();');
  write('apps/api/src/main.test.ts', 'test');
  write('apps/api/src/test/database.ts', 'helper');
  write('apps/api/tsconfig.json', '{}');
  write('apps/api/dist/main.js', 'main();');
  write('packages/shared/dist/index.js', 'exports.A = 1;');
  write('apps/web/dist/index.html', '<script src="/assets/index-abc.js"></script>');
  write('apps/web/dist/assets/index-abc.js', 'console.log(1);');
  writeStamp('web', root, buildState('web', root, {}).hash);
  writeStamp('server', root, buildState('server', root, {}).hash);
}

describe('the web build stamp', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rd-web-stamp-'));
    builtRepository();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('skips the build when nothing changed', () => {
    const state = buildState('web', root, {});
    assert.equal(state.upToDate, true);
    assert.equal(state.reason, 'nothing changed');
  });

  it('builds when a source of the web app or of the shared package changed', () => {
    write('apps/web/src/main.tsx', 'console.log(2);');
    assert.equal(buildState('web', root, {}).upToDate, false);
    write('apps/web/src/main.tsx', 'console.log(1);');
    assert.equal(buildState('web', root, {}).upToDate, true, 'the same contents again need no build');
    write('packages/shared/src/index.ts', 'export const A = 2;');
    assert.equal(buildState('web', root, {}).reason, 'its inputs changed');
  });

  it('builds when a file is added, or the dependencies or the build settings changed', () => {
    write('apps/web/src/new-page.tsx', 'export {};');
    assert.equal(buildState('web', root, {}).upToDate, false);
    rmSync(path.join(root, 'apps/web/src/new-page.tsx'));
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    assert.equal(buildState('web', root, {}).upToDate, false);
    write('package-lock.json', '{"lockfileVersion":3}');
    assert.equal(buildState('web', root, { VITE_API: 'x' }).upToDate, false);
    assert.equal(buildState('web', root, { NODE_ENV: 'development' }).upToDate, false);
    assert.equal(buildState('web', root, { PORT: '4001' }).upToDate, true);
    // What `vite build` does without NODE_ENV is its production build: the server process sets it.
    assert.equal(buildState('web', root, { NODE_ENV: 'production' }).upToDate, true);
  });

  it('skips the build when only tests changed', () => {
    write('apps/web/src/main.test.tsx', 'another test');
    write('apps/web/e2e/login.e2e.ts', 'another test');
    assert.equal(buildState('web', root, {}).upToDate, true);
  });

  it('builds when an output file is missing or changed', () => {
    rmSync(path.join(root, 'apps/web/dist/assets/index-abc.js'));
    assert.equal(buildState('web', root, {}).reason, 'apps/web/dist/assets/index-abc.js is missing');
    write('apps/web/dist/assets/index-abc.js', 'console.log("tampered");');
    assert.equal(buildState('web', root, {}).reason, 'apps/web/dist/assets/index-abc.js changed');
    rmSync(path.join(root, 'apps/web/dist'), { recursive: true });
    assert.equal(buildState('web', root, {}).upToDate, false);
  });

  it('decides for the API and the shared package on their own inputs and outputs', () => {
    assert.equal(buildState('server', root, {}).upToDate, true);
    write('apps/web/src/main.tsx', 'console.log(2);');
    write('apps/api/src/main.test.ts', 'another test');
    write('apps/api/src/test/database.ts', 'another helper');
    assert.equal(buildState('server', root, {}).upToDate, true, 'the web app and tests are no input of tsc');
    write('apps/api/src/main.ts', 'main(1);');
    assert.equal(buildState('server', root, {}).reason, 'its inputs changed');
    write('apps/api/src/main.ts', 'main();');
    write('packages/shared/src/index.ts', 'export const A = 2;');
    assert.equal(buildState('server', root, {}).upToDate, false, 'the shared package is compiled with the API');
    write('packages/shared/src/index.ts', 'export const A = 1;');
    rmSync(path.join(root, 'apps/api/dist/main.js'));
    assert.equal(buildState('server', root, {}).reason, 'apps/api/dist/main.js is missing');
  });

  it('builds when there is no stamp: never built here, or the last build did not finish', () => {
    removeStamp('web', root);
    assert.equal(buildState('web', root, {}).reason, 'no record of an earlier build');
  });
});
