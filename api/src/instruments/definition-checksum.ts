import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

/** SHA-256 of the definition with sorted keys: stable across jsonb's reordering of keys. */
export function definitionChecksum(definition: unknown): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}
