import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './locales/en/common.json';

/**
 * Every piece of interface text comes from a message catalogue: `locales/<language>/<area>.json`.
 * `common` ships with the app; each area's catalogue loads with the area. A new language is a new
 * folder of JSON files: no code changes.
 */
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/en/common.json',
]);

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogues[`./locales/${language}/${namespace}.json`];
    if (load === undefined) {
      callback(new Error(`no catalogue ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (m) => {
        callback(null, m.default);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

export function setUpI18n(): Promise<unknown> {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('language');
  return i18next
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      lng: saved ?? 'en',
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: { en: { common } },
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
}
