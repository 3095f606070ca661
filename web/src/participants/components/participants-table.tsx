import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { Participant } from '../api/participant';
import { ParticipantStatusBadge } from './participant-status-badge';

interface ParticipantsTableProps {
  participants: Participant[];
  /** Site staff see only their own center, so for them the column would say the same on every row. */
  showCenter: boolean;
}

export function ParticipantsTable({ participants, showCenter }: ParticipantsTableProps) {
  const { t } = useTranslation(['participants', 'common']);
  const centerName = useCenterName();
  const format = useDateFormat();

  return (
    <div className="table-scroll" role="region" aria-labelledby="participants-list-title" tabIndex={0}>
      <table className="table" data-testid="participants-table">
        <thead>
          <tr>
            <th scope="col">{t('participants:list.code')}</th>
            <th scope="col">{t('participants:list.group')}</th>
            {showCenter && <th scope="col">{t('participants:list.center')}</th>}
            <th scope="col">{t('participants:list.language')}</th>
            <th scope="col">{t('participants:list.consent')}</th>
            <th scope="col">{t('participants:list.status')}</th>
            <th scope="col">{t('participants:list.registered')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} data-testid="participant-row">
              <th scope="row">
                <Link
                  className="pseudonym"
                  to={`/participants/${encodeURIComponent(participant.id)}`}
                  data-testid="participant-code"
                >
                  {participant.code}
                </Link>
              </th>
              <td>{t(`participants:groups.${participant.group}`)}</td>
              {showCenter && <td>{centerName(participant.center)}</td>}
              <td>{t(`common:languageNames.${participant.language}`)}</td>
              <td>
                {participant.consentVersion && participant.consentGivenAt ? (
                  <>
                    <span className="cell-strong">{participant.consentVersion}</span>
                    <span className="cell-sub">{format.date(participant.consentGivenAt)}</span>
                  </>
                ) : (
                  <span className="muted">{t('participants:list.noConsent')}</span>
                )}
              </td>
              <td>
                <ParticipantStatusBadge participant={participant} />
              </td>
              <td>{format.date(participant.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
