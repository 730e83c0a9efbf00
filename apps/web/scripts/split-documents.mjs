// Runs after graphql-codegen (npm run codegen). The client preset writes every operation's document into
// one module, src/gql/graphql.ts, so the first page would download all of them (58 KB gzip). This moves
// each document into src/gql/documents/<Name>.ts and leaves a re-export in graphql.ts: imports stay as
// they are, and the bundler puts each document in the chunk of the page that uses it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const gqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/gql');
const documentsDir = path.join(gqlDir, 'documents');
const modulePath = path.join(gqlDir, 'graphql.ts');

const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<(.+)>;$/;
const HEADER =
  "/* eslint-disable */\nimport type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';\n";

rmSync(documentsDir, { recursive: true, force: true });
mkdirSync(documentsDir);

let moved = 0;
const lines = readFileSync(modulePath, 'utf8')
  .split('\n')
  .map((line) => {
    const match = DOCUMENT.exec(line);
    if (!match) return line;
    const [, name, ast, typeArguments] = match;
    const types = typeArguments
      .split(',')
      .map((type) => type.trim())
      .filter((type) => type !== 'unknown');
    const typeImport = types.length > 0 ? `import type { ${types.join(', ')} } from '../graphql';\n` : '';
    writeFileSync(
      path.join(documentsDir, `${name}.ts`),
      `${HEADER}${typeImport}\nexport const ${name} = ${ast} as unknown as DocumentNode<${typeArguments}>;\n`,
    );
    moved += 1;
    return `export { ${name} } from './documents/${name}';`;
  });
if (moved === 0) {
  throw new Error('split-documents: no document found in src/gql/graphql.ts; has the codegen output changed?');
}
writeFileSync(modulePath, lines.join('\n'));
console.log(`split-documents: ${moved} documents into src/gql/documents/`);
