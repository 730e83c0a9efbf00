import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('modules loaded at server start', () => {
  it('leave out the spreadsheet and PDF libraries, which only imports, exports, reports and certificates use', () => {
    // The built app as `npm start` loads it (npm test builds it first), in a process of its own so
    // that nothing this test runner loaded counts.
    const app = path.resolve(__dirname, '../../dist/http/app.js');
    const loaded = execFileSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(app)});
         console.log(JSON.stringify(Object.keys(require.cache).map((file) => file.split('node_modules/').pop().split('/')[0])))`,
      ],
      { encoding: 'utf8' },
    );
    const packages = new Set(JSON.parse(loaded) as string[]);
    expect(packages.has('graphql')).toBe(true);
    expect(packages.has('exceljs')).toBe(false);
    expect(packages.has('pdf-lib')).toBe(false);
  });
});
