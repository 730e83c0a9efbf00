import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURE_TEXTS, NAMESPACES_AT_START } from './i18n/featureTexts';

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** A module's file (as an import names it: without extension, or a folder) and its source. */
function moduleAt(file: string): [string, string] {
  for (const candidate of [`${file}.tsx`, `${file}.ts`, path.join(file, 'index.ts'), file]) {
    try {
      return [candidate, readFileSync(candidate, 'utf8')];
    } catch {
      // Try the next way a module path can be written.
    }
  }
  throw new Error(`No module at ${file}`);
}

/** The feature namespaces every module a page imports, however indirectly, asks useTranslation for. */
function namespacesUsedBy(module: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  const [file, code] = moduleAt(module);
  if (seen.has(file)) return used;
  seen.add(file);
  for (const [, list = ''] of code.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*')/g)) {
    for (const [, namespace = ''] of list.matchAll(/'([^']+)'/g)) used.add(namespace);
  }
  // pages.ts is not followed: each page it imports lazily has its own list.
  const imports = [
    ...code.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms),
    ...code.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
  ];
  for (const [, source = ''] of path.basename(file) === 'pages.ts' ? [] : imports) {
    if (source.endsWith('.json') || source.endsWith('.css')) continue;
    for (const namespace of namespacesUsedBy(path.resolve(path.dirname(file), source), seen)) used.add(namespace);
  }
  used.delete('translation');
  return used;
}

const pages = [
  ...readFileSync(path.join(SRC, 'pages.ts'), 'utf8').matchAll(
    /import\('(\.[^']+)'\),\s*'(\w+)',?(?:\s*\[([^\]]*)\])?/g,
  ),
].map(([, module = '', name = '', list = '']) => ({
  module,
  name,
  declared: [...list.matchAll(/'([^']+)'/g)].map(([, namespace]) => namespace),
}));

describe('lazily loaded pages', () => {
  it('are all found in pages.ts', () => {
    const source = readFileSync(path.join(SRC, 'pages.ts'), 'utf8');
    expect(pages.length).toBe(source.match(/= page[(<]/g)?.length);
  });

  it.each(pages)('$name loads every text namespace it shows, before it renders', ({ module, declared }) => {
    const used = [...namespacesUsedBy(path.resolve(SRC, module))].sort();
    expect([...declared].sort()).toEqual(used);
    for (const namespace of used) expect(FEATURE_TEXTS).toHaveProperty(namespace);
  });

  it('leave the shell and the login page with the texts loaded at start only', () => {
    expect([...namespacesUsedBy(path.join(SRC, 'main'))].sort()).toEqual([...NAMESPACES_AT_START].sort());
  });
});
