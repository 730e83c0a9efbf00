import { DEFAULT_LOCALE, glossaryIn, isLocale, type Locale } from '@rode-draad/shared';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FEATURE_TEXTS, NAMESPACES_AT_START, type FeatureNamespace } from './featureTexts';

const STORAGE_KEY = 'rode-draad.locale';

/** The language chosen before logging in (or last used on this device). */
function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked by browser settings; Dutch is the right default then.
    return DEFAULT_LOCALE;
  }
}

const SHELL_TEXTS: Record<Locale, () => Promise<{ default: object }>> = {
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

/**
 * Texts per language and namespace, each from its own chunk: the login page loads only the shell's texts
 * and the glossary; a page loads its feature's namespaces with its code (pages.ts), and a language switch
 * loads the other language of every namespace loaded so far (i18next keeps them in `options.ns`).
 */
const textsBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLocale(language)) {
      callback(new Error(`No texts in ${language}`), false);
      return;
    }
    if (namespace === 'glossary') {
      callback(null, glossaryIn(language));
      return;
    }
    const load =
      namespace === 'translation' ? SHELL_TEXTS[language] : FEATURE_TEXTS[namespace as FeatureNamespace]?.[language];
    if (!load) {
      callback(new Error(`No texts for namespace ${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Loads the texts a page shows before it renders, in the active language. */
export function loadNamespaces(namespaces: readonly FeatureNamespace[]): Promise<void> {
  return namespaces.length ? i18n.loadNamespaces([...namespaces]) : Promise.resolve();
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice on this device is acceptable.
  }
  if (currentLocale() !== locale) {
    await i18n.changeLanguage(locale);
  }
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export async function initI18n(): Promise<void> {
  const locale = storedLocale();
  await i18n
    .use(textsBackend)
    .use(initReactI18next)
    .init({
      ns: ['translation', 'glossary', ...NAMESPACES_AT_START],
      lng: locale,
      // Every text exists in both languages (texts.test.ts); a fallback would download the other language too.
      fallbackLng: false,
      load: 'currentOnly',
      supportedLngs: ['nl', 'en'],
      // React escapes output itself.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = currentLocale();
}

export { i18n };
