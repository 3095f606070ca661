import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementUnit } from '../api/agreement-report';
import { sortAgreementRows, type AgreementRow, type AgreementSortKey } from '../utils/agreement-rows';
import { formatEstimate } from '../utils/format-estimate';

interface AgreementTableProps {
  rows: readonly AgreementRow[];
  unit: AgreementUnit;
  statistic: 'kappa' | 'alpha';
  codeLabel: (codeId: string) => string;
  locale: string;
}

/** Agreement per code (all codes first): n, percent agreement, kappa and alpha with 95% intervals; sortable. */
export function AgreementTable({ rows, unit, statistic, codeLabel, locale }: AgreementTableProps) {
  const { t } = useTranslation(['analysis']);
  const [sort, setSort] = useState<{ key: AgreementSortKey; direction: 'asc' | 'desc' }>({ key: 'code', direction: 'asc' });
  const sorted = sortAgreementRows(rows, sort.key, sort.direction, statistic, codeLabel);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale);
  const undefinedText = t('analysis:agreement.undefined');
  const showAgreement = unit !== 'unitized';
  const showKappa = rows.some((row) => row.kappa !== null);
  const showAlpha = rows.some((row) => row.alpha !== null);

  const header = (key: AgreementSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="table-sort"
          onClick={() => setSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : key === 'code' ? 'asc' : active ? 'asc' : 'desc' })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <table className="table" data-testid="agreement-table">
        <caption>{t('analysis:agreement.perCode')}</caption>
        <thead>
          <tr>
            {header('code', t('analysis:agreement.code'))}
            {header('n', t(`analysis:agreement.units.${unit}.n`))}
            {showAgreement && header('agreement', t('analysis:agreement.percentAgreement'))}
            {showKappa && (statistic === 'kappa' ? header('statistic', t('analysis:agreement.kappaCi')) : <th scope="col">{t('analysis:agreement.kappaCi')}</th>)}
            {showAlpha && (statistic === 'alpha' ? header('statistic', t('analysis:agreement.alphaCi')) : <th scope="col">{t('analysis:agreement.alphaCi')}</th>)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.codeId ?? 'all'} data-testid="agreement-row" className={row.codeId === null ? 'table-total' : undefined}>
              <th scope="row">{row.codeId === null ? t('analysis:agreement.allCodes') : codeLabel(row.codeId)}</th>
              <td className="numeric">{integer.format(row.n)}</td>
              {showAgreement && <td className="numeric">{row.agreement === null ? undefinedText : percent.format(row.agreement)}</td>}
              {showKappa && <td className="numeric nowrap">{formatEstimate(row.kappa, locale, undefinedText)}</td>}
              {showAlpha && <td className="numeric nowrap">{formatEstimate(row.alpha, locale, undefinedText)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
