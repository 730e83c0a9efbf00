import {
  defaultCssVariablesResolver,
  MantineProvider,
  mergeMantineTheme,
  DEFAULT_THEME,
  type MantineTheme,
} from '@mantine/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type FC } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColour } from '../lib/contrast';
import { cssVariablesResolver, theme } from '../theme';
import { AppBadge, type AppBadgeProps } from './AppBadge';
import { BADGE_TONES, BADGE_VARIANTS, type BadgeTone } from './badgeStyles';

// WCAG AA for normal-size text: badges are small (11-12 px), so no large-text allowance.
const MINIMUM = 4.5;

const resolvedTheme: MantineTheme = mergeMantineTheme(DEFAULT_THEME, theme);

/** The light colour scheme's CSS variables as the app defines them: Mantine's, then the app's overrides. */
const variables: Record<string, string> = (() => {
  const base = defaultCssVariablesResolver(resolvedTheme);
  const app = cssVariablesResolver(resolvedTheme);
  return { ...base.variables, ...base.light, ...app.variables, ...app.light };
})();

function resolveVariables(value: string, depth = 0): string {
  if (depth > 10) {
    throw new Error(`variables nest too deeply: ${value}`);
  }
  const replaced = value.replace(/var\((--[\w-]+)\)/g, (_match, name: string) => {
    const found = variables[name];
    if (found === undefined) {
      throw new Error(`unknown CSS variable ${name}`);
    }
    return found;
  });
  return replaced === value ? value : resolveVariables(replaced, depth + 1);
}

const colour = (value: string) => parseColour(resolveVariables(value));

/** What badges and text sit on: cards and tables (white), the page (gray 0, also striped rows), hovered rows (gray 1). */
const SURFACES = {
  white: colour('var(--mantine-color-white)'),
  page: colour('var(--mantine-color-gray-0)'),
  hoveredRow: colour('var(--mantine-color-gray-1)'),
};

// createElement cannot infer a polymorphic component's props; rendered as the default <div>.
const PlainAppBadge = AppBadge as unknown as FC<AppBadgeProps>;

/** Renders the badge as the app does and reads the colours Mantine gives it. */
function renderedBadgeColours(tone: BadgeTone, variant: (typeof BADGE_VARIANTS)[number]) {
  const html = renderToStaticMarkup(
    createElement(
      MantineProvider,
      { theme, cssVariablesResolver },
      createElement(PlainAppBadge, { tone, variant }, 'label'),
    ),
  );
  const style = /class="[^"]*mantine-Badge-root[^"]*"/.test(html) ? /<div style="([^"]*)"/.exec(html)?.[1] : undefined;
  if (!style) {
    throw new Error(`no badge rendered: ${html}`);
  }
  const property = (name: string) => {
    const value = new RegExp(`${name}:([^;]+)`).exec(style)?.[1];
    if (!value) {
      throw new Error(`badge without ${name}: ${style}`);
    }
    return value;
  };
  return { background: colour(property('--badge-bg')), text: colour(property('--badge-color')) };
}

describe('badge contrast', () => {
  const cases = Object.keys(BADGE_TONES).flatMap((tone) =>
    BADGE_VARIANTS.map((variant) => ({ tone: tone as BadgeTone, variant })),
  );

  it.each(cases)('$tone $variant badge text stays above 4.5:1 on every surface', ({ tone, variant }) => {
    const { background, text } = renderedBadgeColours(tone, variant);
    for (const [surface, under] of Object.entries(SURFACES)) {
      const seen = composite(background, under);
      const ratio = contrastRatio(composite(text, seen), seen);
      expect(ratio, `${tone} ${variant} on ${surface}`).toBeGreaterThanOrEqual(MINIMUM);
    }
  });
});

describe('theme text colours', () => {
  it.each(['--mantine-color-dimmed', '--mantine-color-placeholder', '--mantine-color-error'])(
    '%s stays above 4.5:1 on every surface',
    (name) => {
      const text = colour(`var(${name})`);
      for (const [surface, under] of Object.entries(SURFACES)) {
        expect(contrastRatio(text, under), `${name} on ${surface}`).toBeGreaterThanOrEqual(MINIMUM);
      }
    },
  );
});

describe('one place for badge colours', () => {
  const sourceRoot = fileURLToPath(new URL('..', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it("no component uses Mantine's Badge directly, so every badge on screen is one this test checks", () => {
    const own = path.join(sourceRoot, 'components', 'AppBadge.tsx');
    const offenders = files(sourceRoot).filter(
      (file) =>
        file !== own &&
        !file.endsWith('.test.ts') &&
        /import\s*\{[^}]*\bBadge\b[^}]*\}\s*from\s*'@mantine\/core'/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => path.relative(sourceRoot, file))).toEqual([]);
  });
});
