import { useTranslation } from 'react-i18next';
import type { JointDisplay } from '../api/joint-display';
import { formatBalance, formatEstimate, formatPercent, NO_VALUE } from '../utils/format-findings';
import { jointDisplayRows } from '../utils/joint-display-rows';
import { codingLink } from '../utils/source-links';
import { PinQuote } from './pin-quote';
import { QuoteView } from './quote-view';
import { SourceDetails } from './source-details';

/** Criteria × stakeholder groups: survey weight, interview salience and valence, exemplar quote. */
export function JointTable({ display }: { display: JointDisplay }) {
  const { t, i18n } = useTranslation(['findings', 'participants']);
  const locale = i18n.resolvedLanguage ?? 'en';
  const rows = jointDisplayRows(display);
  const quoteLink = (codingId: string, transcriptId: string) => {
    const source = display.sources.codings[codingId];
    return source ? codingLink(source) : `/transcripts/${encodeURIComponent(transcriptId)}`;
  };
  const groupLabel = (group: string) => t(`participants:groups.${group}` as 'participants:groups.patient');
  const criterionLabel = (criterion: string) => t(`findings:criteria.${criterion}` as 'findings:criteria.accuracy');

  return (
    <section className="findings-section" aria-labelledby="findings-table-title">
      <h2 id="findings-table-title">{t('findings:table.title')}</h2>
      <div className="table-scroll">
        <table className="table table-dense findings-joint-table" data-testid="findings-joint-table">
          <caption>{t('findings:table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('findings:table.criterion')}</th>
              {display.groups.map((group) => {
                const weights = display.weights.find((w) => w.group === group);
                return (
                  <th scope="col" key={group}>
                    {groupLabel(group)}
                    <span className="small muted"> ({t('findings:table.respondents', { count: weights?.respondents ?? 0 })})</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.criterion} data-testid="findings-criterion-row">
                <th scope="row">{criterionLabel(row.criterion)}</th>
                {row.cells.map((cell) => (
                  <td key={cell.group} data-testid={`findings-cell-${row.criterion}-${cell.group}`}>
                    <div className="findings-weight">
                      <strong data-testid="findings-weight">{formatEstimate(cell.weight, locale)}</strong>
                      {!cell.weight && cell.weightMissing && <span className="small muted"> {t(`findings:missing.${cell.weightMissing}`)}</span>}
                      <SourceDetails sources={display.sources} responseIds={cell.responseIds} />
                    </div>
                    {cell.salience && cell.salience.missing === null ? (
                      <div className="findings-salience small">
                        <div>
                          {t('findings:table.interviewees', {
                            share: formatPercent(cell.salience.shareOfParticipants, locale),
                            participants: cell.salience.participants,
                            interviewed: cell.salience.participantsInterviewed,
                          })}
                        </div>
                        <div>{t('findings:table.passages', { count: cell.salience.passages, share: formatPercent(cell.salience.shareOfPassages, locale) })}</div>
                        {cell.salience.valenceBalance !== null && (
                          <div>
                            {t('findings:table.balance', {
                              value: formatBalance(cell.salience.valenceBalance, locale),
                              positive: cell.salience.valence.positive,
                              negative: cell.salience.valence.negative,
                              conditional: cell.salience.valence.conditional,
                            })}
                          </div>
                        )}
                        <SourceDetails sources={display.sources} codingIds={cell.salience.codingIds} />
                      </div>
                    ) : (
                      <div className="small muted">
                        {NO_VALUE} {t('findings:missing.no_transcripts')}
                      </div>
                    )}
                    {cell.quotes.length > 0 ? cell.quotes.map((quote) => <QuoteView key={quote.id} quote={quote} link={quoteLink(quote.codingId, quote.transcriptId)} />) : <div className="small muted findings-no-quote">{t('findings:table.noQuote')}</div>}
                    {cell.salience && cell.salience.passages > 0 && <PinQuote criterion={row.criterion} group={cell.group} filters={display.filters} />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('findings:table.performanceTitle')}</h3>
      <div className="table-scroll">
        <table className="table table-dense" data-testid="findings-performance-table">
          <caption>{t('findings:table.performanceCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('findings:table.criterion')}</th>
              {display.packages.map((p) => (
                <th scope="col" key={p.key}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.criterion}>
                <th scope="row">{criterionLabel(row.criterion)}</th>
                {row.performance.map((cell) => (
                  <td key={cell.packageId} className="numeric">
                    {formatEstimate(cell.estimate, locale)}
                    {!cell.estimate && cell.missing && <span className="small muted"> {t(`findings:missing.${cell.missing}`)}</span>}
                    <SourceDetails sources={display.sources} rowIds={cell.rowIds} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
