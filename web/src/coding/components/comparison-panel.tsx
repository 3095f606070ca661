import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../codebook/api/code';
import { useCodeName } from '../../codebook/hooks/use-code-name';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import type { Coding } from '../api/coding';
import type { CharacterComparison } from '../api/comparison';
import { useCoderLabel } from '../hooks/use-coder-label';
import { useComparison } from '../hooks/use-comparison';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import { passageContext } from '../utils/passage-context';

interface ComparisonPanelProps {
  transcriptId: string;
  index: CodePointIndex;
  codings: readonly Coding[];
  codeById: ReadonlyMap<string, Code>;
  ownId: string;
  onJump: (range: CodePointRange) => void;
}

/**
 * Two coders side by side after the reveal: character-level agreement and Cohen's kappa per code
 * (the method named, as a methods section needs it), and every passage where they differ, one
 * click from the text.
 */
export function ComparisonPanel({ transcriptId, index, codings, codeById, ownId, onJump }: ComparisonPanelProps) {
  const { t, i18n } = useTranslation(['coding']);
  const id = useId();
  const codeName = useCodeName();
  const coderLabel = useCoderLabel();
  const coders = useMemo(() => {
    const ids = [...new Set(codings.map((coding) => coding.coderId))];
    // One's own work first: the comparison most people want is "me against the other coder".
    return ids.sort((a, b) => Number(b === ownId) - Number(a === ownId));
  }, [codings, ownId]);
  const [chosenA, setChosenA] = useState('');
  const [chosenB, setChosenB] = useState('');
  const coderA = chosenA || coders[0] || '';
  const coderB = chosenB || coders.find((coder) => coder !== coderA) || '';
  const comparison = useComparison(transcriptId, coderA, coderB);
  const language = i18n.resolvedLanguage ?? 'en';
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const integer = new Intl.NumberFormat(language);

  const agreementText = (value: number | null) => (value === null ? t('coding:comparison.undefined') : percent.format(value));
  const kappaText = (value: number | null) => (value === null ? t('coding:comparison.undefined') : decimal.format(value));
  const name = (codeId: string) => {
    const code = codeById.get(codeId);
    return code ? codeName(code) : t('coding:comparison.unknownCode');
  };

  if (coders.length < 2) {
    return (
      <section className="panel" aria-labelledby={`${id}-title`} data-testid="comparison-panel">
        <h2 id={`${id}-title`}>{t('coding:comparison.title')}</h2>
        <p className="empty">{t('coding:comparison.needTwo')}</p>
      </section>
    );
  }

  const data = comparison.data;
  const overall: CharacterComparison | undefined = data?.agreement.overall[0];

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="comparison-panel">
      <h2 id={`${id}-title`}>{t('coding:comparison.title')}</h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-a`}>{t('coding:comparison.coderA')}</label>
          <select id={`${id}-a`} className="select" value={coderA} onChange={(event) => setChosenA(event.target.value)} data-testid="comparison-coder-a">
            {coders.map((coder) => (
              <option key={coder} value={coder}>
                {coderLabel(coder)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-b`}>{t('coding:comparison.coderB')}</label>
          <select id={`${id}-b`} className="select" value={coderB} onChange={(event) => setChosenB(event.target.value)} data-testid="comparison-coder-b">
            {coders.map((coder) => (
              <option key={coder} value={coder} disabled={coder === coderA}>
                {coderLabel(coder)}
              </option>
            ))}
          </select>
        </div>
      </form>

      {coderA === coderB && <p className="muted">{t('coding:comparison.chooseTwo')}</p>}
      {comparison.isPending && coderA !== coderB && <LoadingState />}
      {comparison.isError && <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {data && (
        <>
          <p className="comparison-method" data-testid="comparison-method" title={data.agreement.method}>
            <span className="muted">{t('coding:comparison.methodLabel')}</span> {t('coding:comparison.method')}
          </p>
          {overall && (
            <dl className="facts comparison-overall" data-testid="comparison-overall">
              <div>
                <dt>{t('coding:comparison.agreement')}</dt>
                <dd className="comparison-figure" data-testid="agreement-overall">
                  {agreementText(overall.agreement)}
                </dd>
              </div>
              <div>
                <dt>{t('coding:comparison.kappa')}</dt>
                <dd className="comparison-figure" data-testid="kappa-overall">
                  {kappaText(overall.kappa)}
                </dd>
              </div>
              <div>
                <dt>{t('coding:comparison.disagreements')}</dt>
                <dd className="comparison-figure">{integer.format(data.disagreements.disagreements.length)}</dd>
              </div>
            </dl>
          )}
          {data.agreement.codes.length === 0 ? (
            <p className="empty">{t('coding:comparison.noCodings')}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('coding:comparison.perCode')}>
              <table className="table table-dense" data-testid="comparison-table">
                <caption className="visually-hidden-coding">{t('coding:comparison.perCode')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coding:comparison.code')}</th>
                    <th scope="col">{t('coding:comparison.agreement')}</th>
                    <th scope="col">{t('coding:comparison.kappa')}</th>
                    <th scope="col">{t('coding:comparison.both')}</th>
                    <th scope="col">{t('coding:comparison.onlyA', { coder: coderLabel(coderA) })}</th>
                    <th scope="col">{t('coding:comparison.onlyB', { coder: coderLabel(coderB) })}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.agreement.codes.map((row) => {
                    const pairRow = row.pairs[0];
                    const pair = pairRow?.overall;
                    if (!pairRow || !pair) return null;
                    const swapped = pairRow.coderIds[0] !== coderA;
                    return (
                      <tr key={row.codeId} data-testid="comparison-row">
                        <th scope="row">
                          <span className="code-swatch" style={{ backgroundColor: codeById.get(row.codeId)?.color }} aria-hidden="true" /> {name(row.codeId)}
                        </th>
                        <td>{agreementText(pair.agreement)}</td>
                        <td>{kappaText(pair.kappa)}</td>
                        <td>{integer.format(pair.both)}</td>
                        <td>{integer.format(swapped ? pair.onlySecond : pair.onlyFirst)}</td>
                        <td>{integer.format(swapped ? pair.onlyFirst : pair.onlySecond)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p className="field-hint">{t('coding:comparison.unitsHint')}</p>

          <h3 className="comparison-subtitle">{t('coding:comparison.disagreementsTitle')}</h3>
          {data.disagreements.disagreements.length === 0 ? (
            <p className="muted">{t('coding:comparison.noDisagreements')}</p>
          ) : (
            <ul className="disagreement-list" data-testid="disagreement-list">
              {data.disagreements.disagreements.map((item) => {
                const context = passageContext(index, item);
                return (
                  <li key={`${item.codeId}-${item.start}-${item.end}-${item.codedBy}`}>
                    <button
                      type="button"
                      className="disagreement-link"
                      onClick={() => onJump({ start: item.start, end: item.end })}
                      data-testid="disagreement-link"
                    >
                      <span className="disagreement-code">
                        <span className="code-swatch" style={{ backgroundColor: codeById.get(item.codeId)?.color }} aria-hidden="true" />
                        {name(item.codeId)}
                      </span>
                      <span className="disagreement-text">
                        {context.before}
                        <mark>{context.passage}</mark>
                        {context.after}
                      </span>
                      <span className="muted small">
                        {t('coding:comparison.codedBy', { coder: coderLabel(item.codedBy), other: coderLabel(item.missingFrom) })}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
