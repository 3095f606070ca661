/**
 * Size of `value` as UTF-8 JSON, as it would be stored; `undefined` when it cannot be serialized
 * (cycles, BigInt), which no parsed request body can produce.
 */
export function jsonByteLength(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
