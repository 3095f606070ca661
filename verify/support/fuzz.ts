import fc from 'fast-check';

/** Field names the API's bodies and queries use, so fuzzed bodies reach the validators' depths. */
const FIELD_NAMES = [
  'email', 'password', 'role', 'center', 'id', 'revision', 'status', 'data', 'name', 'definition', 'language', 'group', 'participantId',
  'instrumentVersionId', 'intoId', 'into', 'xml', 'pin', 'displayName', 'disabled', 'reason', 'version', 'dataHandling', 'key', 'parentId',
  'text', 'start', 'end', 'codeId', 'memo', 'search', 'format', 'content', 'file', 'fileName', 'definitionJson', 'kind', 'options', 'filters',
];

const ODD_STRINGS = [
  '__proto__', 'constructor', 'prototype', '../../etc/passwd', '%00', '\u0000', '\uD800', '\uDFFF', '\u202E\u0041\u0042', '𝕳𝖊𝖑𝖑𝖔', '👩🏽‍⚕️🧠',
  'e\u0301\u0301\u0301', '\uFEFF', "' OR 1=1 --", '<script>alert(1)</script>', '${7*7}', '{{7*7}}', 'NaN', 'Infinity', '-0', '1e309',
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'Ω'.repeat(300), 'a'.repeat(5000),
];

const hugeString = fc.integer({ min: 100_000, max: 300_000 }).map((n) => 'x'.repeat(n));

const oddString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1000, maxLength: 5000 }) },
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: oddString },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.5) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), oddString), tie('value'), { maxKeys: 5 }) },
  ),
})).value;

/** A JSON object text with the API's field names, hostile values and, often, `__proto__`/`constructor` keys. */
const hostileObjectText = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { maxKeys: 8 }),
    fc.option(fc.dictionary(fc.constantFrom('role', 'center', 'isAdmin', 'polluted', 'disabled'), value, { maxKeys: 3 }), { nil: undefined }),
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.option(hugeString, { freq: 20, nil: undefined }),
  )
  .map(([fields, pollution, pollutionKey, huge]) => {
    const parts = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`);
    if (pollution) {
      const inner = JSON.stringify(pollution);
      parts.push(pollutionKey === 'constructor' ? `"constructor":{"prototype":${inner}}` : `${JSON.stringify(pollutionKey)}:${inner}`);
    }
    if (huge) parts.push(`"${FIELD_NAMES[huge.length % FIELD_NAMES.length]}":"${huge}"`);
    return `{${parts.join(',')}}`;
  });

export interface FuzzCase {
  pathValues: string[];
  query: string;
  body: string | undefined;
  contentType: string;
}

const bodyText: fc.Arbitrary<{ body: string; contentType: string }> = fc.oneof(
  { weight: 8, arbitrary: hostileObjectText.map((body) => ({ body, contentType: 'application/json' })) },
  { weight: 1, arbitrary: value.map((v) => ({ body: JSON.stringify(v) ?? 'null', contentType: 'application/json' })) },
  { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,2', 'null', '""', '{"__proto__":', '\u0000', '{"a":1}{"b":2}').map((body) => ({ body, contentType: 'application/json' })) },
  { weight: 1, arbitrary: oddString.map((body) => ({ body, contentType: 'text/plain' })) },
);

const pathValue = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.string({ minLength: 400, maxLength: 2000 }) },
);

const queryText = fc
  .dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES, '__proto__', 'constructor[prototype][x]', 'a[]'), oddString), fc.oneof(oddString, fc.integer().map(String)), { maxKeys: 4 })
  .map((entries) => new URLSearchParams(Object.entries(entries)).toString());

/** `runs` reproducible cases for one route with `params` path parameters. */
export function fuzzCases(params: number, withBody: boolean, runs: number, seed: number): FuzzCase[] {
  const arbitrary = fc.record({
    pathValues: fc.array(pathValue, { minLength: params, maxLength: params }),
    query: fc.option(queryText, { freq: 3, nil: '' }),
    body: withBody ? bodyText : fc.constant(undefined),
  });
  return fc.sample(arbitrary, { numRuns: runs, seed }).map((c) => ({ pathValues: c.pathValues, query: c.query ?? '', body: c.body?.body, contentType: c.body?.contentType ?? 'application/json' }));
}
