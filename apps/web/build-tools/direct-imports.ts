import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Libraries whose package entry is a side-effect-free barrel that re-exports every component, hook or icon.
 */
export const BARREL_PACKAGES = [
  '@mantine/core',
  '@mantine/hooks',
  '@mantine/dates',
  '@mantine/form',
  '@mantine/modals',
  '@mantine/notifications',
  '@mantine/charts',
  '@tabler/icons-react',
];

/** Where one export of a barrel comes from: the module file and the name it has there. */
interface Origin {
  file: string;
  imported: string;
}

export const NAMED_IMPORTS = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']\s*;?/g;

/** `a`, `a as b` (and `default as b`) in an import or export list, as [own name, other name]. */
export function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): [string, string] => {
      const [own, other = own] = part.split(/\s+as\s+/) as [string, string?];
      return [own.trim(), other.trim()];
    });
}

/**
 * Maps each export of a barrel module to its module file. Barrels of these libraries are built from
 * `import { a } from './a.mjs'` + `export { a }` and `export { default as A } from './A.mjs'`; anything
 * else (`export *`, namespaces) is left out, so imports of it keep going through the barrel.
 */
export function parseBarrel(file: string, code: string): Map<string, Origin> {
  const dir = path.dirname(file);
  const locals = new Map<string, Origin>();
  for (const [, list = '', source = ''] of code.matchAll(NAMED_IMPORTS)) {
    if (!source.startsWith('.')) continue;
    for (const [imported, local] of specifiers(list)) {
      locals.set(local, { file: path.resolve(dir, source), imported });
    }
  }
  const exports = new Map<string, Origin>();
  for (const [, list = '', source] of code.matchAll(/export\s*\{([^}]*)\}\s*(?:from\s*["']([^"']+)["'])?\s*;?/g)) {
    for (const [local, exported] of specifiers(list)) {
      const origin = source?.startsWith('.') ? { file: path.resolve(dir, source), imported: local } : locals.get(local);
      if (origin) exports.set(exported, origin);
    }
  }
  return exports;
}

/**
 * Rewrites `import { Button } from '@mantine/core'` into an import of Button's own module, in the app and
 * in these libraries themselves.
 *
 * Why: Rolldown assigns modules to chunks along the import graph, and a barrel imported by the login page
 * makes every component any lazy page uses look reachable from the entry
 * (https://github.com/rolldown/rolldown/issues/8920), so the first load fetched the chunks of MultiSelect,
 * Menu, date pickers and the like. Without the barrel in the graph, each component lands with the pages
 * that use it. The rewritten imports name the same bindings, so the code that runs is the same.
 * Rolldown's own `experimental.lazyBarrel` was measured instead and left 211 KB on the login page.
 * A name the parser does not find keeps going through the barrel; build-config.test.ts fails then.
 */
export function directImports(): Plugin {
  const barrels = new Map<string, Promise<Map<string, Origin>>>();
  const barrelOf = (file: string) => {
    let parsed = barrels.get(file);
    if (!parsed) {
      parsed = readFile(file, 'utf8').then((code) => parseBarrel(file, code));
      barrels.set(file, parsed);
    }
    return parsed;
  };
  const mentionsBarrel = new RegExp(BARREL_PACKAGES.map((name) => `["']${name}["']`).join('|'));

  return {
    name: 'rode-draad-direct-imports',
    apply: 'build',
    async transform(code, id) {
      if (!mentionsBarrel.test(code) || !/\.(m?js|tsx?|jsx)$/.test(id.replace(/\?.*/, ''))) return null;
      const replacements: { start: number; end: number; text: string }[] = [];
      for (const match of code.matchAll(NAMED_IMPORTS)) {
        const [statement, list = '', source = ''] = match;
        if (!BARREL_PACKAGES.includes(source)) continue;
        const resolved = await this.resolve(source, id);
        if (!resolved || resolved.external) continue;
        const exports = await barrelOf(resolved.id);
        const byFile = new Map<string, string[]>();
        const unknown: string[] = [];
        for (const [imported, local] of specifiers(list)) {
          const origin = exports.get(imported);
          const spec = origin ? `${origin.imported} as ${local}` : `${imported} as ${local}`;
          if (!origin) {
            unknown.push(spec);
            continue;
          }
          byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), spec]);
        }
        const imports = [...byFile].map(
          ([file, specs]) => `import { ${specs.join(', ')} } from ${JSON.stringify(file)};`,
        );
        if (unknown.length) imports.push(`import { ${unknown.join(', ')} } from ${JSON.stringify(source)};`);
        // Same line count, so positions in later lines stay where they were.
        const newlines = '\n'.repeat(statement.split('\n').length - 1);
        replacements.push({
          start: match.index,
          end: match.index + statement.length,
          text: imports.join(' ') + newlines,
        });
      }
      if (!replacements.length) return null;
      let result = code;
      for (const { start, end, text } of replacements.reverse()) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
