import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childrenByParent, findTreeProblems } from '../seed/codebook-tree.js';
import { CODEBOOK_LANGUAGES, type CodeDefinition } from '../seed/codebook-types.js';
import { MEANINGFUL_AI_CODEBOOK } from '../seed/meaningful-ai-codebook.js';
import { deterministicGuid, exportQdc } from './qdc-export.js';
import { importQdc, keyFromName, QdcImportError, type QdcImportErrorCode } from './qdc-import.js';
import { codebookOfProject, readZipEntry, readZipEntryWithNode } from './test-support/read-zip-entry.js';
import { hasXmllint, validateWithXmllint } from './test-support/xmllint.js';

const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/refi-qda/', import.meta.url));
const SCHEMA = `${FIXTURES}Codebook.xsd`;
const NVIVO = `${FIXTURES}samples/nvivo12-vaccine-attitudes.qdpx`;

const seed = MEANINGFUL_AI_CODEBOOK;
const guidOf = (key: string): string => deterministicGuid(key);

function importError(run: () => unknown): QdcImportErrorCode | 'none' {
  try {
    run();
    return 'none';
  } catch (error) {
    if (error instanceof QdcImportError) return error.code;
    throw error;
  }
}

describe('exportQdc', () => {
  it.each(CODEBOOK_LANGUAGES)('writes the seed in %s as a codebook valid against Codebook.xsd', (language) => {
    const xml = exportQdc(seed, { language, guidOf });
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Polyphony">');
    expect(xml).toContain(`name="${seed[0].name[language]}"`);
    if (!hasXmllint) {
      console.warn('xmllint is not installed (/usr/bin/xmllint); skipping the XSD validation of the .qdc export');
      return;
    }
    const { valid, output } = validateWithXmllint(xml, SCHEMA);
    expect(output).toContain('validates');
    expect(valid, output).toBe(true);
  });

  it.skipIf(!hasXmllint)('has a schema check that does reject an invalid codebook', () => {
    const xml = exportQdc(seed, { language: 'en', guidOf }).replace(/guid="[^"]+"/, 'guid="not-a-guid"');
    const { valid, output } = validateWithXmllint(xml, SCHEMA);
    expect(valid).toBe(false);
    expect(output).toMatch(/guid/);
  });

  it('nests children inside their parent and escapes markup in names and descriptions', () => {
    const base = seed[0];
    const codes: CodeDefinition[] = [
      { ...base, key: 'parent', parentKey: null, name: { ...base.name, en: 'A & B "quoted" <x>' } },
      { ...base, key: 'child', parentKey: 'parent', definition: { ...base.definition, en: 'Uses <b> & ]]> and a tab\there' } },
    ];
    const xml = exportQdc(codes, { language: 'en', origin: 'Test & Co', guidOf });
    expect(xml).toMatch(/<Code guid="[^"]+" name="A &amp; B &quot;quoted&quot; &lt;x&gt;" isCodable="true" color="#1565c0">\n\s+<Description>[^<]*<\/Description>\n\s+<Code guid/);
    expect(xml).toContain('origin="Test &amp; Co"');
    if (hasXmllint) expect(validateWithXmllint(xml, SCHEMA).valid).toBe(true);
    const [parent, child] = importQdc(xml).codes;
    expect(parent.name).toBe('A & B "quoted" <x>');
    expect(child.definition).toBe('Uses <b> & ]]> and a tab\there');
    expect(child.parentKey).toBe('parent');
  });

  it('refuses what would make an invalid file: no codes, a broken tree, bad or reused GUIDs', () => {
    expect(() => exportQdc([], { language: 'en', guidOf })).toThrow(/at least one code/);
    expect(() => exportQdc([{ ...seed[1], parentKey: 'missing' }], { language: 'en', guidOf })).toThrow(/not a tree/);
    expect(() => exportQdc(seed, { language: 'en', guidOf: () => 'not-a-guid' })).toThrow(/not a GUID/);
    expect(() => exportQdc(seed, { language: 'en', guidOf: () => deterministicGuid('same') })).toThrow(/already used/);
  });

  it('makes stable, well-formed GUIDs from keys', () => {
    expect(deterministicGuid('accuracy')).toBe(deterministicGuid('accuracy'));
    expect(deterministicGuid('accuracy')).not.toBe(deterministicGuid('cost'));
    expect(deterministicGuid('accuracy')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('export → import round trip', () => {
  it.each(CODEBOOK_LANGUAGES)('keeps keys, names, texts, tree, colours and tags in %s', (language) => {
    const result = importQdc(exportQdc(seed, { language, guidOf }), { language });
    expect(result.warnings).toEqual([]);
    expect(result.language).toBe(language);
    expect(result.codes).toHaveLength(seed.length);
    const byKey = new Map(result.codes.map((code) => [code.key, code]));
    for (const code of seed) {
      expect(byKey.get(code.key)).toEqual({
        guid: guidOf(code.key),
        key: code.key,
        parentKey: code.parentKey,
        name: code.name[language],
        definition: code.definition[language],
        inclusion: code.inclusion[language],
        exclusion: code.exclusion[language],
        example: code.example[language],
        color: code.color,
        criterion: code.criterion,
        valence: code.valence,
        task: code.task,
      });
    }
  });
});

describe('importQdc', () => {
  const minimal = (body: string, root = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'): string => `<?xml version="1.0"?>${root}<Codes>${body}</Codes></CodeBook>`;

  it('is tolerant: nested <Codes>, missing colour and description, unknown elements, short colours', () => {
    const xml = minimal(`
      <Code guid="11111111-1111-1111-1111-111111111111" name="Café Crème" isCodable="true" color="#ABC">
        <Memo>ignored</Memo>
        <Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Child" isCodable="false"/></Codes>
      </Code>
      <Code guid="33333333-3333-3333-3333-333333333333" name="Café Crème" isCodable="true" color="red"><Description>Plain text.</Description></Code>`);
    const { codes, warnings } = importQdc(xml, { language: 'nl' });
    expect(codes.map(({ key, parentKey, color, definition }) => ({ key, parentKey, color, definition }))).toEqual([
      { key: 'cafe-creme', parentKey: null, color: '#aabbcc', definition: '' },
      { key: 'child', parentKey: 'cafe-creme', color: null, definition: '' },
      { key: 'cafe-creme-2', parentKey: null, color: null, definition: 'Plain text.' },
    ]);
    expect(warnings.join('\n')).toMatch(/unusable color "red"/);
    expect(warnings.join('\n')).toMatch(/Unknown elements inside codes were ignored: Memo/);
  });

  it('repairs missing guids and names, and clears unknown tags, with warnings', () => {
    const xml = minimal(`<Code name="" isCodable="true"><Description>[polyphony] key=Bad Key; criterion=speed; valence=positive; task=none</Description></Code>`);
    const { codes, warnings } = importQdc(xml);
    expect(codes[0]).toMatchObject({ key: 'unnamed-code', name: 'Unnamed code', criterion: null, valence: 'positive', task: null });
    expect(codes[0].guid).toMatch(/^[0-9a-f-]{36}$/);
    expect(warnings).toHaveLength(3);
  });

  it('does not expand entities from a DOCTYPE', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY boom "BOOM">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="&boom; &amp; &#233;" isCodable="true"/></Codes></CodeBook>`;
    const { codes, warnings } = importQdc(xml);
    expect(codes[0].name).toBe('&boom; & é');
    expect(warnings.join('\n')).toMatch(/DOCTYPE/);
  });

  it('reads the codebook of a whole project, with a warning', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"/></Codes></CodeBook></Project>`;
    const { codes, warnings } = importQdc(xml);
    expect(codes).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/project/);
  });

  it('accepts bytes with a BOM', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${minimal('<Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"/>')}`);
    expect(importQdc(bytes).codes[0].name).toBe('A');
  });

  it('throws QDC_NOT_XML, QDC_NOT_A_CODEBOOK and QDC_TOO_LARGE', () => {
    expect(importError(() => importQdc('name,guid\nA,1'))).toBe('QDC_NOT_XML');
    expect(importError(() => importQdc('<CodeBook><Codes></CodeBook>'))).toBe('QDC_NOT_XML');
    expect(importError(() => importQdc(''))).toBe('QDC_NOT_XML');
    expect(importError(() => importQdc('<html><body/></html>'))).toBe('QDC_NOT_A_CODEBOOK');
    expect(importError(() => importQdc('<Project xmlns="urn:QDA-XML:project:1.0"/>'))).toBe('QDC_NOT_A_CODEBOOK');
    const huge = minimal(`<Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"><Description>${'x'.repeat(5 * 1024 * 1024)}</Description></Code>`);
    expect(importError(() => importQdc(huge))).toBe('QDC_TOO_LARGE');
  });

  it('makes kebab-case keys from any name', () => {
    expect(keyFromName('2. Attitűd szint az oltáshoz')).toBe('2-attitud-szint-az-oltashoz');
    expect(keyFromName('Straße & Größe')).toBe('strasse-grosse');
    expect(keyFromName('???')).toBe('code');
  });
});

describe('importQdc on a real NVivo 12 export', () => {
  it.skipIf(!existsSync(NVIVO))('reads all 152 codes of the vaccine-attitudes project into a sensible tree', () => {
    const project = readZipEntry(NVIVO, 'project.qde').toString('utf8');
    expect(readZipEntryWithNode(readFileSync(NVIVO), 'project.qde').toString('utf8')).toBe(project);
    const { codes, warnings } = importQdc(codebookOfProject(project), { language: 'en' });
    expect(warnings).toEqual([]);
    expect(codes).toHaveLength(152);
    expect(new Set(codes.map((code) => code.guid)).size).toBe(152);
    expect(findTreeProblems(codes)).toEqual([]);

    const children = childrenByParent(codes);
    const roots = children.get(null) ?? [];
    expect(roots[0]).toMatchObject({ guid: '5067d381-1dc9-4816-81dd-ae1dbfea2ad7', name: '1. Oltás típusa', key: '1-oltas-tipusa', definition: 'COVID vay nem COVID', color: null });
    expect((children.get(roots[0].key) ?? []).map((code) => code.name)).toEqual(['COVID', 'Nem COVID']);
    const attitude = codes.find((code) => code.name === '2. Attitűd szint az oltáshoz');
    expect(attitude?.definition.split('\n')).toEqual(['Erősen szkeptikus (piros)', 'Enyhén szkeptikus, kétkedő (sárga)', 'Elfogadó (zöld)']);
    expect((children.get(attitude?.key ?? '') ?? []).map((code) => code.name)).toEqual(['piros', 'sárga', 'zöld']);
    expect(roots.length).toBeGreaterThan(3);
    expect(roots.length).toBeLessThan(codes.length / 2);
    for (const code of codes) expect(code).toMatchObject({ criterion: null, valence: null, task: null });
  });
});
