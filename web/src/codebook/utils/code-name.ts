import type { Code } from '../api/code';
import { localizedValue } from './localized-value';

/** A code's name in the reader's language (else English, else any), or its key when it has none. */
export function codeName(code: Pick<Code, 'name' | 'key'>, language: string): string {
  return localizedValue(code.name, language) || code.key;
}
