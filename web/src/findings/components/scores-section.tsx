import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../charts/components/chart-view';
import type { JointDisplay } from '../api/joint-display';
import { intervalBarsOption, rankProbabilityOption } from '../utils/findings-chart-options';
import { formatEstimate, formatPercent } from '../utils/format-findings';
import { SourceDetails } from './source-details';

/** Scores per package and group with their intervals, and how stable each group's ranking is. */
export function ScoresSection({ display }: { display: JointDisplay }) {
  const { t, i18n } = useTranslation(['findings', 'participants']);
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const groupLabel = (group: string) => t(`participants:groups.${group}` as 'participants:groups.patient');
  const criterionLabel = (criterion: string) => t(`findings:criteria.${criterion}` as 'findings:criteria.accuracy');
  const packageName = (key: string) => display.packages.find((p) => p.key === key)?.name ?? key;
  const scored = display.scores.filter((s) => s.missing === null);
  const [chosen, setChosen] = useState<string>('');
  const group = scored.find((s) => s.group === chosen) ?? scored[0];
  const used = display.scores[0]?.criteriaUsed ?? [];
  const leftOut = display.scores[0]?.criteriaLeftOut ?? [];

  const scoresOption = useMemo(
    () =>
      intervalBarsOption(
        display.packageIds.map(packageName),
        display.scores.map((s) => ({ name: groupLabel(s.group), values: s.packages.map((p) => p.score) })),
        { axis: t('findings:charts.scoreAxis'), max: 1 },
      ),
    [display, t],
  );
  const ranksOption = useMemo(
    () => (group ? rankProbabilityOption(display.packageIds.map(packageName), group.packages.map((p) => p.rankProbabilities), (rank) => t('findings:charts.rank', { rank })) : null),
    [display, group, t],
  );

  return (
    <section className="findings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('findings:scores.title')}</h2>
      <p className="small">
        {t('findings:scores.criteriaUsed', { list: used.map(criterionLabel).join(', ') || '—' })} {leftOut.length > 0 && t('findings:scores.criteriaLeftOut', { list: leftOut.map(criterionLabel).join(', ') })}
      </p>
      <ChartView option={scoresOption} title={t('findings:charts.scoresTitle')} description={t('findings:charts.scoresDescription')} height={320} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="findings-scores-table">
          <caption>{t('findings:scores.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('findings:scores.packageColumn')}</th>
              {display.scores.map((s) => (
                <th scope="col" key={s.group}>
                  {groupLabel(s.group)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {display.packageIds.map((packageId, index) => (
              <tr key={packageId}>
                <th scope="row">{packageName(packageId)}</th>
                {display.scores.map((s) => {
                  const p = s.packages[index];
                  return (
                    <td key={s.group} className="numeric">
                      {p?.score ? (
                        <>
                          <div>{formatEstimate(p.score, locale)}</div>
                          <div className="small muted">
                            {t('findings:scores.rank', { rank: p.rank })} · {t('findings:scores.firstProbability', { value: formatPercent(p.rankProbabilities?.[0] ?? null, locale) })}
                          </div>
                        </>
                      ) : (
                        <span className="small muted">— {s.missing ? t(`findings:missing.${s.missing}`) : ''}</span>
                      )}
                      {index === 0 && <SourceDetails sources={display.sources} responseIds={s.responseIds} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {group && ranksOption && (
        <div className="findings-ranks" data-testid="findings-ranks">
          <div className="field findings-no-print">
            <label htmlFor={`${id}-group`}>{t('findings:scores.rankGroup')}</label>
            <select id={`${id}-group`} className="select" value={group.group} onChange={(event) => setChosen(event.target.value)} data-testid="findings-rank-group">
              {scored.map((s) => (
                <option key={s.group} value={s.group}>
                  {groupLabel(s.group)}
                </option>
              ))}
            </select>
          </div>
          <ChartView option={ranksOption} title={t('findings:charts.ranksTitle', { group: groupLabel(group.group) })} description={t('findings:charts.ranksDescription')} height={Math.max(180, 70 + 40 * display.packageIds.length)} />
          <div className="table-scroll">
            <table className="table table-dense" data-testid="findings-rank-table">
              <caption>
                {t('findings:scores.probabilityTable')} · {groupLabel(group.group)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('findings:scores.packageColumn')}</th>
                  {display.packageIds.map((_, r) => (
                    <th scope="col" key={r}>
                      {t('findings:charts.rank', { rank: r + 1 })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.packages.map((p) => (
                  <tr key={p.packageId}>
                    <th scope="row">{packageName(p.packageId)}</th>
                    {(p.rankProbabilities ?? []).map((probability, r) => (
                      <td key={r} className="numeric" data-testid="findings-rank-probability">
                        {formatPercent(probability, locale, 1)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
