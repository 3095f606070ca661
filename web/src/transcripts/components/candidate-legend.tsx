import { useTranslation } from 'react-i18next';
import { CANDIDATE_KINDS } from '../api/transcript-preview';
import type { CandidateGroup } from '../utils/candidate-group';

/** Which colour stands for which kind of identifier, with how many of each were found. */
export function CandidateLegend({ groups }: { groups: readonly CandidateGroup[] }) {
  const { t } = useTranslation(['coding']);
  const present = CANDIDATE_KINDS.filter((kind) => groups.some((group) => group.kind === kind));
  if (present.length === 0) return null;
  return (
    <section className="candidate-legend" aria-labelledby="candidate-legend-title" data-testid="candidate-legend">
      <h3 id="candidate-legend-title" className="coding-small-heading">
        {t('coding:preview.legend')}
      </h3>
      <ul className="candidate-legend-list">
        {present.map((kind) => (
          <li key={kind}>
            <span className={`candidate-swatch candidate-${kind}`} aria-hidden="true" />
            {t(`coding:kinds.${kind}`)}{' '}
            <span className="muted">({groups.filter((group) => group.kind === kind).length})</span>
          </li>
        ))}
        <li className="muted">{t('coding:preview.legendChecked')}</li>
      </ul>
    </section>
  );
}
