import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { repositoryRoot } from '../paths.js';
import { FALLBACK_LANGUAGE, SUPPORTED_LANGUAGES, type SupportedLanguage } from './languages.js';

/** Reads every namespace of every language from locales/ once; the web app uses the same files. */
function loadResources(localesDir: string): Resource {
  const resources: Resource = {};
  for (const language of SUPPORTED_LANGUAGES) {
    const dir = path.join(localesDir, language);
    resources[language] = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => [path.basename(file, '.json'), JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as object]),
    );
  }
  return resources;
}

let shared: i18n | undefined;

function instance(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: loadResources(path.join(repositoryRoot, 'locales')),
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/** `translate('de', 'errors:NOT_FOUND')`: the server-side messages, in the caller's language. */
export function translate(language: SupportedLanguage, key: string, params: Record<string, unknown> = {}): string {
  return instance().t(key, { ...params, lng: language });
}
