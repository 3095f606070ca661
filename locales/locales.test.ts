import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['nl', 'de', 'it', 'en'] as const;
const localesDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(localesDir);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

function namespaces(language: string): string[] {
  return readdirSync(path.join(localesDir, language)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

function keysOf(language: string, namespace: string): Set<string> {
  const tree = JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')) as Tree;
  return new Set(flatten(tree));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** `t('ns:key')`, `t('key')` under `useTranslation('ns')`, `i18nKey="…"`, `translate(lng, 'ns:key')`. */
function keysUsedIn(file: string): Array<{ namespace: string; key: string }> {
  const source = readFileSync(file, 'utf8');
  const declared = /useTranslation\(\s*(?:\[\s*)?['"]([\w-]+)['"]/.exec(source)?.[1] ?? 'common';
  const used: Array<{ namespace: string; key: string }> = [];
  const patterns = [/\bt\(\s*['"]([^'"$`]+)['"]/g, /i18nKey=["']([^"']+)["']/g, /\btranslate\(\s*\w+\s*,\s*['"]([^'"]+)['"]/g];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const raw = match[1];
      const [namespace, key] = raw.includes(':') ? (raw.split(':', 2) as [string, string]) : [declared, raw];
      used.push({ namespace, key });
    }
  }
  return used;
}

describe('locales', () => {
  it('has the same namespaces in every language', () => {
    const reference = namespaces('en');
    expect(reference.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) expect(namespaces(language), language).toEqual(reference);
  });

  it.each(namespaces('en'))('has exactly the same keys in nl, de, it and en for namespace %s', (namespace) => {
    const english = keysOf('en', namespace);
    for (const language of LANGUAGES) {
      const keys = keysOf(language, namespace);
      expect([...english].filter((k) => !keys.has(k)), `missing in ${language}/${namespace}`).toEqual([]);
      expect([...keys].filter((k) => !english.has(k)), `extra in ${language}/${namespace}`).toEqual([]);
    }
  });

  it('has no empty strings', () => {
    for (const language of LANGUAGES) {
      for (const namespace of namespaces(language)) {
        const tree = JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')) as Tree;
        const empty = flatten(tree).filter((key) => {
          const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty, `${language}/${namespace}`).toEqual([]);
      }
    }
  });

  it('has every key the code uses', () => {
    const files = [...sourceFiles(path.join(root, 'web', 'src')), ...sourceFiles(path.join(root, 'api', 'src'))];
    const missing: string[] = [];
    for (const file of files) {
      for (const { namespace, key } of keysUsedIn(file)) {
        const available = namespaces('en').includes(namespace) ? keysOf('en', namespace) : new Set<string>();
        const pluralised = [key, `${key}_one`, `${key}_other`];
        if (!pluralised.some((k) => available.has(k))) missing.push(`${path.relative(root, file)}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a message for every API error code, validation rule, instrument problem and answer rule', async () => {
    const { ERROR_STATUS } = await import('../api/src/common/errors/error-codes.js');
    const { VALIDATION_RULES } = await import('../api/src/common/validation/validation-issue.js');
    const { INSTRUMENT_PROBLEM_CODES } = await import('../api/src/surveys/instrument-problems.js');
    const { RESPONSE_RULES } = await import('../api/src/surveys/response-issues.js');
    for (const language of LANGUAGES) {
      const keys = keysOf(language, 'errors');
      expect(Object.keys(ERROR_STATUS).filter((code) => !keys.has(code)), language).toEqual([]);
      expect(VALIDATION_RULES.filter((rule) => !keys.has(`rules.${rule}`)), language).toEqual([]);
      expect(INSTRUMENT_PROBLEM_CODES.filter((code) => !keys.has(`problems.${code}`)), language).toEqual([]);
      expect(RESPONSE_RULES.filter((rule) => !keys.has(`answerRules.${rule}`)), language).toEqual([]);
    }
  });
});
