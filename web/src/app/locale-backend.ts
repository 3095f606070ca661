import type { BackendModule, ReadCallback, ResourceKey } from 'i18next';

// One lazy chunk per language and namespace: a tablet in Leipzig never downloads the Dutch strings.
// errors.json is the API's namespace (it localizes error messages itself), so it is left out.
const localeFiles = import.meta.glob<ResourceKey>(['../../../locales/*/*.json', '!../../../locales/*/errors.json'], {
  import: 'default',
});

function fileKey(language: string, namespace: string): string {
  return `../../../locales/${language}/${namespace}.json`;
}

/** An i18next backend that reads locales/<language>/<namespace>.json through Vite's code splitting. */
export const localeBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = localeFiles[fileKey(language, namespace)];
    if (!load) {
      // A missing file is not fatal: i18next falls back to English for every key.
      callback(null, {});
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};
