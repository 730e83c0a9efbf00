import { DEFAULT_LOCALE, isLocale, type Locale } from '@rode-draad/shared';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { resources } from './resources';

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

type Bundle = (typeof resources)['nl'];

/** Each language is its own chunk: only the active one is downloaded. */
function loadBundle(locale: Locale): Promise<Bundle> {
  return locale === 'en'
    ? import('./bundle-en').then((module) => module.en)
    : import('./bundle-nl').then((module) => module.nl);
}

async function ensureBundle(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const bundle = await loadBundle(locale);
  for (const [namespace, texts] of Object.entries(bundle)) {
    i18n.addResourceBundle(locale, namespace, texts);
  }
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
    await ensureBundle(locale);
    await i18n.changeLanguage(locale);
  }
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export async function initI18n(): Promise<void> {
  const locale = storedLocale();
  await i18n.use(initReactI18next).init({
    resources: { [locale]: await loadBundle(locale) },
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['nl', 'en'],
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLocale();
}

export { i18n };
