import { describe, expect, it } from 'vitest';
import { formatMetricValue } from './format-metric-value';

describe(formatMetricValue.name, () => {
  it.each([
    [0.8765, 'auc', 'en', '0.877'],
    [0.8765, 'sensitivity', 'de', '0,877'],
    [6.44, 'hd95', 'en', '6.4'],
    [95, 'processing_time_s', 'nl', '95,0'],
  ])('formats %d (%s, %s) as %s', (value, metric, locale, expected) => expect(formatMetricValue(value, metric, locale)).toBe(expected));
  it('formats cost as euros', () => expect(formatMetricValue(18.5, 'cost_per_case_eur', 'en')).toBe('€18.50'));
});
