import type { resources } from './resources';

// Makes every t('…') key checked against the Dutch source texts at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['nl'];
  }
}
