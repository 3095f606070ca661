import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from './distinctive-terms.js';
import { logLikelihood } from './log-likelihood.js';

describe(distinctiveTerms.name, () => {
  it('returns nothing when there is no data', () => {
    expect(distinctiveTerms([], [], 'en')).toEqual([]);
  });

  it('returns the group-specific stem first, over-represented, when patients talk about trust', () => {
    const patients = ['I trust the doctor.', 'Trusting the software is hard.', 'I trusted the scan result.'];
    const clinicians = ['The scan result was accurate.', 'Accuracy of the software matters.', 'The scan was slow.'];
    const [first] = distinctiveTerms(patients, clinicians, 'en');
    expect(first).toMatchObject({ term: 'trust', targetCount: 3, referenceCount: 0, direction: 'over' });
    // Target: 8 terms (trust ×3, doctor, softwar, hard, scan, result); reference: 8 terms
    // (scan ×2, result, accur, accuraci, softwar, matter, slow).
    expect(first?.logLikelihood).toBeCloseTo(
      logLikelihood({ targetCount: 3, referenceCount: 0, targetTotal: 8, referenceTotal: 8 }),
      10,
    );
    expect(first?.logRatio).toBeCloseTo(Math.log2(3 / 0.5), 10);
  });

  it('returns under-represented terms with direction under', () => {
    const result = distinctiveTerms(['scan'], ['scan scan scan risk risk risk'], 'en', { minCount: 1 });
    expect(result.find((term) => term.term === 'risk')).toMatchObject({ direction: 'under', targetCount: 0, referenceCount: 3 });
  });

  it('returns at most limit terms, each seen at least minCount times', () => {
    const result = distinctiveTerms(['fiducia fiducia costo'], ['costo diagnosi'], 'it', { minCount: 2, limit: 1 });
    expect(result).toHaveLength(1);
    expect(result[0]?.term).toBe('fiduc');
  });
});
