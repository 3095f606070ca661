import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codePointSlice } from '../transcripts/import/code-point-offsets.js';
import { readQdpx } from './read-qdpx.js';

const SAMPLES = fileURLToPath(new URL('../../../../shared/fixtures/refi-qda/samples/', import.meta.url));

describe(readQdpx.name, () => {
  it('reads NVivo offsets as UTF-16 units: coded passages start on a word, also after emoji', async () => {
    const { plan } = await readQdpx(readFileSync(`${SAMPLES}nvivo12-vaccine-attitudes.qdpx`));
    const coded = plan.sources.find((source) => source.codings.length > 0)!;
    expect(coded.unit).toBe('utf16');
    const passages = coded.codings.map((coding) => codePointSlice(coded.text, coding.start, coding.end));
    const onWord = passages.filter((passage) => /^[^\s]/u.test(passage) && /[^\s]$/u.test(passage));
    expect(onWord.length / passages.length).toBeGreaterThan(0.95);
  });

  it('keeps ATLAS.ti comments on uncoded passages and unreferenced notes', async () => {
    const { plan } = await readQdpx(readFileSync(`${SAMPLES}atlasti8-test-project.qdpx`));
    expect(plan.tool).toBe('ATLAS.ti');
    expect(plan.projectMemos).toHaveLength(2);
    // Its text sources ship without their texts: nothing is coded, and so no coder is counted.
    expect(plan.sources).toEqual([]);
    expect(plan.coders).toEqual([]);
  });
});
