import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARREL_PACKAGES, NAMED_IMPORTS, parseBarrel, specifiers } from '../build-tools/direct-imports';
import viteConfig from '../vite.config';

/** The app's own source files (tests left out), relative to src/. */
function sourceFiles(dir = path.join(__dirname)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('the production build', () => {
  it('emits no source maps, which the server would otherwise publish with the app', () => {
    expect(viteConfig.build?.sourcemap ?? false).toBe(false);
  });

  it('finds the module of every name the app imports from a barrel library (else the login page grows again)', () => {
    const require = createRequire(path.join(__dirname, '..', 'package.json'));
    const barrels = new Map(
      BARREL_PACKAGES.map((name) => {
        // The ES module entry, as the build resolves it (package.json's `module`, next to the CommonJS one).
        let root = path.dirname(require.resolve(name));
        while (!existsSync(path.join(root, 'package.json'))) root = path.dirname(root);
        const { module } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { module: string };
        const file = path.join(root, module);
        return [name, parseBarrel(file, readFileSync(file, 'utf8'))];
      }),
    );
    const missing: string[] = [];
    let imported = 0;
    for (const file of sourceFiles()) {
      for (const [, list = '', source = ''] of readFileSync(file, 'utf8').matchAll(NAMED_IMPORTS)) {
        const exports = barrels.get(source);
        if (!exports) continue;
        for (const [name] of specifiers(list.replace(/\btype\s+\w+\s*,?/g, ''))) {
          imported += 1;
          if (!exports.has(name)) missing.push(`${source}: ${name} (${path.relative(__dirname, file)})`);
        }
      }
    }
    expect(imported).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
