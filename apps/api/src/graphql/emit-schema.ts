import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

/** The SDL as committed in apps/api/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

/** Writes the committed SDL file the web app's codegen reads; no running server needed. */
async function main() {
  writeFileSync(SCHEMA_FILE, await printedSchema());
  console.log(`schema written to ${SCHEMA_FILE}`);
}

if (require.main === module) {
  void main();
}
