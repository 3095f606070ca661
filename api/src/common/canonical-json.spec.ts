import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe(canonicalJson.name, () => {
  it('writes the same text whatever order the keys came in, at any depth', () => {
    const a = { b: 1, a: [{ y: 'ü', x: null }, 2], c: { e: true, d: 'x' } };
    const b = { c: { d: 'x', e: true }, a: [{ x: null, y: 'ü' }, 2], b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":[{"x":null,"y":"ü"},2],"b":1,"c":{"d":"x","e":true}}');
  });

  it('leaves out undefined members and keeps the order of arrays', () => {
    expect(canonicalJson({ z: undefined, a: [3, 1, 2], 'Ä': 1, B: 2 })).toBe('{"B":2,"a":[3,1,2],"Ä":1}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('agrees with JSON.parse on every value it writes', () => {
    const value = { text: 'line\n"quoted"', n: -0.5, list: [[], {}, 'a'] };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
