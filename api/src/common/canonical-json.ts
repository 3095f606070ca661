/** JSON with object keys sorted, so the same content always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Plain loops and the default sort (UTF-16 code unit order): this hashes every saved response.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(item);
    }
    return out + '}';
  }
  return JSON.stringify(value ?? null);
}
