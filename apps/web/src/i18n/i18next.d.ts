import type nl from './nl.json';

// Makes every t('…') key checked against the Dutch source texts at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
