import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { Transcript } from '../api/transcript';
import { useMonthFormat } from '../hooks/use-month-format';

interface TranscriptsTableProps {
  transcripts: Transcript[];
  refreshing: boolean;
}

export function TranscriptsTable({ transcripts, refreshing }: TranscriptsTableProps) {
  const { t, i18n } = useTranslation(['coding', 'participants', 'common']);
  const centerName = useCenterName();
  const format = useDateFormat();
  const month = useMonthFormat();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');

  return (
    <div className={`table-scroll${refreshing ? ' is-refreshing' : ''}`} role="region" aria-labelledby="transcripts-list-title" tabIndex={0}>
      <table className="table" data-testid="transcripts-table">
        <thead>
          <tr>
            <th scope="col">{t('coding:transcripts.participant')}</th>
            <th scope="col">{t('coding:filters.group')}</th>
            <th scope="col">{t('coding:filters.center')}</th>
            <th scope="col">{t('coding:filters.language')}</th>
            <th scope="col">{t('coding:transcripts.month')}</th>
            <th scope="col">{t('coding:transcripts.length')}</th>
            <th scope="col">{t('coding:transcripts.coding')}</th>
            <th scope="col">{t('coding:transcripts.imported')}</th>
          </tr>
        </thead>
        <tbody>
          {transcripts.map((transcript) => (
            <tr key={transcript.id} data-testid="transcript-row">
              <th scope="row">
                <Link className="pseudonym" to={`/transcripts/${encodeURIComponent(transcript.id)}`} data-testid="transcript-open">
                  {transcript.participantCode}
                </Link>
              </th>
              <td>{t(`participants:groups.${transcript.group}`)}</td>
              <td>{centerName(transcript.center)}</td>
              <td>{t(`common:languageNames.${transcript.language}`)}</td>
              <td className="nowrap">{month(transcript.interviewMonth)}</td>
              <td className="nowrap">{t('coding:transcripts.characters', { count: transcript.lengthCp, formatted: number.format(transcript.lengthCp) })}</td>
              <td>
                {transcript.codingsRevealedAt ? (
                  <span className="badge badge-ok">{t('coding:transcripts.revealed')}</span>
                ) : (
                  <span className="badge badge-muted">{t('coding:transcripts.blind')}</span>
                )}
              </td>
              <td className="nowrap">{format.date(transcript.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
