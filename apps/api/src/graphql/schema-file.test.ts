import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printedSchema } from './emit-schema';

describe('the committed schema file', () => {
  // The web app's types are generated from this file; a stale one means stale client types.
  it('matches the resolvers (run `npm run codegen` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });
});
