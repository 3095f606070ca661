import { useTranslation } from 'react-i18next';
import type { AgreementUnit } from '../api/agreement-report';
import type { CoderPairRow } from '../utils/agreement-rows';
import { formatEstimate } from '../utils/format-estimate';

interface CoderPairTableProps {
  rows: readonly CoderPairRow[];
  unit: AgreementUnit;
  coderLabel: (coderId: string) => string;
  locale: string;
}

/** Each coder pair's agreement over all codes at the chosen unit. */
export function CoderPairTable({ rows, unit, coderLabel, locale }: CoderPairTableProps) {
  const { t } = useTranslation(['analysis']);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const undefinedText = t('analysis:agreement.undefined');
  return (
    <div className="table-scroll">
      <table className="table" data-testid="coder-pair-table">
        <caption>{t('analysis:agreement.perPair')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis:agreement.coderPair')}</th>
            {unit !== 'unitized' && <th scope="col">{t('analysis:agreement.percentAgreement')}</th>}
            {unit !== 'unitized' && <th scope="col">{t('analysis:agreement.kappaCi')}</th>}
            {unit !== 'character' && <th scope="col">{t('analysis:agreement.alphaCi')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.coderIds.join()}>
              <th scope="row">
                {coderLabel(row.coderIds[0])} – {coderLabel(row.coderIds[1])}
              </th>
              {unit !== 'unitized' && <td className="numeric">{row.agreement === null ? undefinedText : percent.format(row.agreement)}</td>}
              {unit !== 'unitized' && <td className="numeric nowrap">{formatEstimate(row.kappa, locale, undefinedText)}</td>}
              {unit !== 'character' && <td className="numeric nowrap">{formatEstimate(row.alpha, locale, undefinedText)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
