import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

/** Writes the committed SDL file the web app's codegen reads; no running server needed. */
async function main() {
  const schema = await getSchema();
  const file = path.resolve(__dirname, '../../schema.graphql');
  writeFileSync(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
  console.log(`schema written to ${file}`);
}

void main();
