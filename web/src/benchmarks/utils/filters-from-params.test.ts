import { describe, expect, it } from 'vitest';
import { filtersFromParams } from './filters-from-params';

describe(filtersFromParams.name, () => {
  it('reads known filters and normalises their case', () => {
    expect(filtersFromParams(new URLSearchParams('package=Alba-Neuro&task=molecular&center=ukm&metric=AUC'))).toEqual({ package: 'alba-neuro', task: 'molecular', center: 'UKM', metric: 'auc' });
  });
  it('drops unknown tasks and malformed values', () => {
    expect(filtersFromParams(new URLSearchParams('task=grading&center=%3Cscript%3E'))).toEqual({ package: '', task: '', center: '', metric: '' });
  });
});
