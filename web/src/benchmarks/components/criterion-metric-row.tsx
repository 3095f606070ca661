import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import type { CriterionMetric } from '../api/benchmark-types';
import { useUpdateCriterionMetric } from '../hooks/use-benchmark-mutations';
import { isValidMappingEntry, typedNumber } from '../utils/is-valid-mapping-entry';

/** One metric of the mapping as a table row; leads change direction, bounds and weight. */
export function CriterionMetricRow({ entry, canEdit }: { entry: CriterionMetric; canEdit: boolean }) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const update = useUpdateCriterionMetric();
  const [direction, setDirection] = useState(entry.direction);
  const [worst, setWorst] = useState(String(entry.normalisation.worst));
  const [best, setBest] = useState(String(entry.normalisation.best));
  const [weight, setWeight] = useState(String(entry.weight));
  const id = `mapping-${entry.id}`;
  const valid = isValidMappingEntry(direction, worst, best, weight);
  const stale = update.error instanceof ApiError && update.error.code === 'STALE_REVISION';

  const save = () =>
    update.mutate({ id: entry.id, changes: { revision: entry.revision, direction, normalisation: { kind: 'bounded', worst: typedNumber(worst), best: typedNumber(best) }, weight: typedNumber(weight) } });

  return (
    <tr data-testid="criterion-metric-row">
      <th scope="row" className="mono">
        {entry.metric}
      </th>
      <td>
        <select id={`${id}-direction`} aria-label={t('benchmarks:criteria.direction')} className="select select-compact" value={direction} disabled={!canEdit} onChange={(event) => setDirection(event.target.value as 'higher' | 'lower')}>
          <option value="higher">{t('benchmarks:criteria.higher')}</option>
          <option value="lower">{t('benchmarks:criteria.lower')}</option>
        </select>
      </td>
      <td>
        <input aria-label={t('benchmarks:criteria.worst')} className="input input-number" inputMode="decimal" value={worst} disabled={!canEdit} onChange={(event) => setWorst(event.target.value)} />
      </td>
      <td>
        <input aria-label={t('benchmarks:criteria.best')} className="input input-number" inputMode="decimal" value={best} disabled={!canEdit} onChange={(event) => setBest(event.target.value)} />
      </td>
      <td>
        <input aria-label={t('benchmarks:criteria.weight')} className="input input-number" inputMode="decimal" value={weight} disabled={!canEdit} onChange={(event) => setWeight(event.target.value)} data-testid="criterion-weight" />
      </td>
      {canEdit && (
        <td>
          <button type="button" className="button button-small button-secondary" disabled={!valid || update.isPending} onClick={save} data-testid="criterion-save">
            {t('common:actions.save')}
          </button>
          {!valid && <span className="small muted"> {t('benchmarks:criteria.invalid')}</span>}
          {update.isError && (
            <span role="alert" className="small">
              {' '}
              {stale ? t('benchmarks:stale') : update.error.message}
            </span>
          )}
        </td>
      )}
    </tr>
  );
}
