import { describe, expect, it } from 'vitest';
import { chartFileName } from './chart-file-name';

describe('chartFileName', () => {
  it('keeps letters and digits and turns the rest into dashes', () => {
    expect(chartFileName('Übereinstimmung je Code (2026)', 'svg')).toBe('ubereinstimmung-je-code-2026.svg');
  });

  it('never returns an empty name', () => {
    expect(chartFileName('???', 'png')).toBe('chart.png');
  });
});
