import { describe, expect, it } from 'vitest';
import { isInstrumentKey } from './is-instrument-key';
import { slugFromFileName } from './slug-from-file-name';

describe(slugFromFileName.name, () => {
  it.each([
    ['real-medical-service.json', 'real-medical-service'],
    ['Real Medical Service (v2).json', 'real-medical-service-v2'],
    ['Fragebogen_Ärzte.JSON', 'fragebogen-arzte'],
    ['questionario perché.json', 'questionario-perche'],
    ['__.json', ''],
    ['survey', 'survey'],
  ])('turns %s into %s', (fileName, slug) => {
    expect(slugFromFileName(fileName)).toBe(slug);
  });

  it('stays within the key length and makes valid keys', () => {
    const slug = slugFromFileName(`${'a'.repeat(62)}-b-c.json`);
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(isInstrumentKey(slug)).toBe(true);
  });
});

describe(isInstrumentKey.name, () => {
  it('accepts slugs and refuses everything else', () => {
    expect(isInstrumentKey('medical-service')).toBe(true);
    expect(isInstrumentKey('a1')).toBe(true);
    expect(isInstrumentKey('a')).toBe(false);
    expect(isInstrumentKey('-leading')).toBe(false);
    expect(isInstrumentKey('Upper')).toBe(false);
    expect(isInstrumentKey('with space')).toBe(false);
    expect(isInstrumentKey('a'.repeat(64))).toBe(false);
  });
});
