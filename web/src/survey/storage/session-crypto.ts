/**
 * Answers kept on a shared tablet are encrypted with AES-GCM under a key that script can use but
 * never read (non-extractable). The key lives in IndexedDB next to the data, bound to one survey
 * session, and is deleted with it: once it is gone, any ciphertext left anywhere is noise.
 */

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function createSessionKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** `purpose` is bound in as additional data, so a state record cannot be replayed as an outbox entry. */
export async function sealJson(key: CryptoKey, purpose: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, ciphertext };
}

export async function openJson<T>(key: CryptoKey, purpose: string, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(purpose) },
    key,
    sealed.ciphertext,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

/**
 * The name a session is stored under: a hash of its token, so the device's storage does not
 * hold the token itself (which would open the survey again).
 */
export async function sessionIdOf(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`polyphony-survey-session:${token}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
