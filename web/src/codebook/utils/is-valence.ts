import { VALENCES, type Valence } from '../api/code';

export function isValence(value: unknown): value is Valence {
  return typeof value === 'string' && (VALENCES as readonly string[]).includes(value);
}
