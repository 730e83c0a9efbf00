import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROLES } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');

/** Where role names may stand: the grant table, the database's policies, demo data, tests, bench, drills and generated types. */
const ALLOWED = [
  'apps/api/src/access/permissions.ts',
  'apps/api/src/db/migrations/',
  'apps/api/src/demo/',
  'apps/api/src/bench/',
  'apps/api/src/drills/',
  'apps/api/src/test/',
  'apps/web/src/gql/',
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('role names', () => {
  it('appear in no rule outside the access layer, in the API or the web app', async () => {
    const files = [
      ...(await sourceFiles(path.join(ROOT, 'apps/api/src'))),
      ...(await sourceFiles(path.join(ROOT, 'apps/web/src'))),
    ];
    const literal = new RegExp(`['"\`](${ROLES.join('|')})['"\`]`);
    const offenders: string[] = [];
    for (const file of files) {
      if (ALLOWED.some((allowed) => file.startsWith(allowed))) {
        continue;
      }
      const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (literal.test(line)) {
          offenders.push(`${file}:${index + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});
