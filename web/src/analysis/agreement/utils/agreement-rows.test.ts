import { describe, expect, it } from 'vitest';
import type { AgreementReport, UnitReports } from '../api/agreement-report';
import { agreementRows, coderPairRows, sortAgreementRows } from './agreement-rows';

const interval = (estimate: number) => ({ estimate, low: estimate - 0.1, high: estimate + 0.05, validSamples: 1000 });
const pair = (kappa: number | null, coderIds: [string, string] = ['a', 'b']) => ({ coderIds, agreement: 0.9, kappa, kappaInterval: kappa === null ? null : interval(kappa) });
const comparison = (kappa: number | null) => ({ both: 10, onlyFirst: 2, onlySecond: 3, neither: 85, total: 100, agreement: 0.95, kappa });

function unitReports(coderIds: [string, string] = ['a', 'b']): UnitReports {
  return {
    segment: {
      method: 'Segment level …',
      codes: [
        { codeId: 'trust', units: 40, alpha: 0.7, alphaInterval: interval(0.7), pairs: [pair(0.71, coderIds)] },
        { codeId: 'cost', units: 40, alpha: null, alphaInterval: null, pairs: [pair(null, coderIds)] },
      ],
      overall: { units: 80, alpha: 0.65, alphaInterval: interval(0.65), pairs: [pair(0.66, coderIds)] },
    },
    character: {
      method: 'Character level …',
      codes: [{ codeId: 'trust', pairs: [{ coderIds, overall: comparison(0.8), kappaInterval: interval(0.8) }] }],
      overall: [{ coderIds, ...comparison(0.75), kappaInterval: interval(0.75) }],
    },
    unitized: {
      method: 'Unitized …',
      coders: 2,
      continuumLength: 500,
      codes: [{ codeId: 'trust', alpha: 0.6, codedLength: 90, pairableLength: 1000, alphaInterval: interval(0.6) }],
      overall: { alpha: 0.55, codedLength: 90, pairableLength: 1000, alphaInterval: interval(0.55) },
    },
  };
}

describe(agreementRows.name, () => {
  it('puts all codes first, then one row per code, with kappa of the pair and alpha across coders at segment level', () => {
    const rows = agreementRows(unitReports(), 'segment');
    expect(rows.map((r) => r.codeId)).toEqual([null, 'trust', 'cost']);
    expect(rows[1]).toEqual({ codeId: 'trust', n: 40, agreement: 0.9, kappa: { value: 0.71, low: 0.61, high: 0.76 }, alpha: { value: 0.7, low: 0.6, high: 0.75 } });
    expect(rows[2]!.kappa).toEqual({ value: null, low: null, high: null });
  });

  it('reports kappa over characters and no alpha at character level', () => {
    const rows = agreementRows(unitReports(), 'character');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ codeId: null, n: 100, agreement: 0.95, alpha: null });
    expect(rows[1]!.kappa!.value).toBe(0.8);
  });

  it('reports only alpha for unitized alpha, over the continuum length', () => {
    const rows = agreementRows(unitReports(), 'unitized');
    expect(rows[1]).toMatchObject({ codeId: 'trust', n: 500, agreement: null, kappa: null, alpha: { value: 0.6 } });
  });

  it('has no pair figures for "all coders" (pair −1), only alpha', () => {
    const rows = agreementRows(unitReports(), 'segment', -1);
    expect(rows.every((r) => r.kappa === null && r.agreement === null)).toBe(true);
    expect(agreementRows(unitReports(), 'character', -1)).toEqual([]);
  });
});

describe(sortAgreementRows.name, () => {
  const rows = agreementRows(unitReports(), 'segment');
  const names: Record<string, string> = { trust: 'Vertrauen', cost: 'Kosten' };
  it('keeps all codes first and sorts the rest by name or statistic, undefined values last', () => {
    expect(sortAgreementRows(rows, 'code', 'asc', 'kappa', (id) => names[id]!).map((r) => r.codeId)).toEqual([null, 'cost', 'trust']);
    expect(sortAgreementRows(rows, 'statistic', 'desc', 'kappa', (id) => names[id]!).map((r) => r.codeId)).toEqual([null, 'trust', 'cost']);
    expect(sortAgreementRows(rows, 'statistic', 'asc', 'kappa', (id) => names[id]!).map((r) => r.codeId)).toEqual([null, 'trust', 'cost']);
  });
});

describe(coderPairRows.name, () => {
  it('gives the one pair of a two-coder report', () => {
    const report = { ...unitReports(), pairs: [] } as unknown as AgreementReport;
    const rows = coderPairRows(report, 'segment');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ coderIds: ['a', 'b'], agreement: 0.9, kappa: { value: 0.66 }, alpha: { value: 0.65 } });
    expect(rows[0]!.kappa!.low).toBeCloseTo(0.56, 12);
  });

  it('gives each pair its own figures when more than two coders are compared', () => {
    const report = { ...unitReports(), pairs: [{ ...unitReports(['a', 'b']), coderIds: ['a', 'b'] }, { ...unitReports(['a', 'c']), coderIds: ['a', 'c'] }] } as unknown as AgreementReport;
    const rows = coderPairRows(report, 'character');
    expect(rows.map((r) => r.coderIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
    expect(rows[1]!.kappa!.value).toBe(0.75);
  });
});
