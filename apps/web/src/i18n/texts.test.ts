import { GLOSSARY, LOCALES, term, type GlossaryGroup, type Locale } from '@rode-draad/shared';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree | string[] };

/** Every text of a namespace as [dotted key, text]. */
const texts = (node: Tree, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      return [[path, value]];
    }
    return Array.isArray(value) ? [] : texts(value, path);
  });

const namespaces = Object.keys(resources.nl) as (keyof typeof resources.nl)[];
const textsOf = (locale: Locale, namespace: keyof typeof resources.nl) => new Map(texts(resources[locale][namespace]));

/** A translator over the app's resources; keys are built from data here, so it takes any string. */
async function translator(locale: Locale): Promise<(key: string, options?: Record<string, unknown>) => string> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: locale, ns: namespaces, interpolation: { escapeValue: false } });
  return (key, options) => instance.t(key, options as never) as unknown as string;
}

describe('both languages', () => {
  // The app loads only the active language's texts (no fallback), so a text missing in one would show its key.
  it('have the same texts in every namespace (plural forms aside)', () => {
    const keysOf = (locale: Locale, namespace: keyof typeof resources.nl) =>
      [...textsOf(locale, namespace).keys()].map((key) => key.replace(/_(zero|one|other)$/, '')).sort();
    for (const namespace of namespaces) {
      expect([...new Set(keysOf('en', namespace))], namespace).toEqual([...new Set(keysOf('nl', namespace))]);
    }
  });
});

describe('plurals', () => {
  it('gives every text that counts something ({{count}}) a singular and a plural form, in both languages', () => {
    for (const namespace of namespaces) {
      for (const locale of LOCALES) {
        const all = textsOf(locale, namespace);
        for (const [key, text] of all) {
          if (!/\{\{\s*count\s*[,}]/.test(text)) {
            continue;
          }
          const base = key.replace(/_(zero|one|other)$/, '');
          expect(base, `${locale} ${namespace}:${key} counts without plural forms ("1 mensen")`).not.toBe(key);
          for (const other of LOCALES) {
            const forms = textsOf(other, namespace);
            expect(
              forms.has(`${base}_one`) && forms.has(`${base}_other`),
              `${other} ${namespace}:${base}_one/_other`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('says "1 persoon" and "2 mensen" on the waitlist, and nobody when there is nobody', async () => {
    const nl = await translator('nl');
    const en = await translator('en');
    const ahead = 'sessions:registration.waitlistConfirm.ahead';
    expect(nl(ahead, { count: 1 })).toBe('Er staat nu 1 persoon voor je.');
    expect(nl(ahead, { count: 2 })).toBe('Er staan nu 2 mensen voor je.');
    expect(nl(ahead, { count: 0 })).toBe('Er staat nog niemand op de wachtlijst: jij bent de eerste.');
    expect(en(ahead, { count: 1 })).toBe('There is 1 person ahead of you now.');
    expect(en('sessions:detail.maxPerMunicipality', { count: 1 })).toBe('At most 1 participant per municipality');
    expect(nl('peerLearning:review.points', { count: 1 })).toBe('1 punt');
  });
});

/** Where the web app shows a glossary group: namespace, the object holding one text per code, the group. */
const GLOSSARY_PLACES: [keyof typeof resources.nl, string, GlossaryGroup][] = [
  ['translation', 'roles', 'role'],
  ['sessions', 'status', 'sessionStatus'],
  ['programmes', 'sessionStatus', 'sessionStatus'],
  ['sessions', 'registrationStatus', 'registrationStatus'],
  ['recommendations', 'status', 'followUpStatus'],
];

describe('glossary', () => {
  it('shows each role and status in the words of the shared glossary, in both languages', async () => {
    for (const locale of LOCALES) {
      const t = await translator(locale);
      for (const [namespace, path, group] of GLOSSARY_PLACES) {
        for (const code of Object.keys(GLOSSARY[group]) as (keyof (typeof GLOSSARY)[typeof group])[]) {
          const shown = t(`${namespace}:${path}.${String(code)}`, { position: 2 });
          expect(shown, `${locale} ${namespace}:${path}.${String(code)}`).toMatch(
            new RegExp(`^${term(group, code, locale).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
          );
        }
      }
    }
  });

  it('refers to the glossary instead of repeating its words, so they cannot drift apart', () => {
    for (const [namespace, path, group] of GLOSSARY_PLACES) {
      for (const locale of LOCALES) {
        for (const code of Object.keys(GLOSSARY[group])) {
          expect(textsOf(locale, namespace).get(`${path}.${code}`)).toContain(`$t(glossary:${group}.${code})`);
        }
      }
    }
  });

  it('says "open voor inschrijving", never "open voor aanmelding", and never calls a registration "Bevestigd"', () => {
    for (const namespace of namespaces) {
      for (const [key, text] of textsOf('nl', namespace)) {
        expect(text, `${namespace}:${key}`).not.toMatch(/open voor aanmelding|^bevestigd$/i);
      }
    }
  });
});
