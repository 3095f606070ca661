import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canAccess } from '../../auth/utils/can-access';
import type { JointDisplay } from '../api/joint-display';
import { benchmarkLink, codingLink, responseLink } from '../utils/source-links';

const SHOWN = 12;

interface SourceDetailsProps {
  sources: JointDisplay['sources'];
  responseIds?: readonly string[];
  codingIds?: readonly string[];
  rowIds?: readonly string[];
}

/**
 * The sources behind one number, folded away: responses (to the participant, for those who may
 * open participants), coded passages (the reader at the passage) and benchmark rows (filtered).
 */
export function SourceDetails({ sources, responseIds = [], codingIds = [], rowIds = [] }: SourceDetailsProps) {
  const { t } = useTranslation(['findings']);
  const user = useSignedInUser();
  const mayOpenParticipants = canAccess(user.role, 'participants');
  const count = responseIds.length + codingIds.length + rowIds.length;
  if (count === 0) return null;
  const more = (total: number) => (total > SHOWN ? <li className="muted">{t('findings:sources.more', { count: total - SHOWN })}</li> : null);
  return (
    <details className="findings-sources">
      <summary>{t('findings:sources.summary', { count })}</summary>
      {responseIds.length > 0 && (
        <>
          <p className="small">{t('findings:sources.responses')}</p>
          <ul>
            {responseIds.slice(0, SHOWN).map((id) => {
              const source = sources.responses[id];
              if (!source) return <li key={id}>{id}</li>;
              return <li key={id}>{mayOpenParticipants ? <Link to={responseLink(source)}>{source.participantCode}</Link> : source.participantCode}</li>;
            })}
            {more(responseIds.length)}
          </ul>
        </>
      )}
      {codingIds.length > 0 && (
        <>
          <p className="small">{t('findings:sources.passages')}</p>
          <ul>
            {codingIds.slice(0, SHOWN).map((id) => {
              const source = sources.codings[id];
              return <li key={id}>{source ? <Link to={codingLink(source)}>{`${source.participantCode} · ${source.start}–${source.end}`}</Link> : id}</li>;
            })}
            {more(codingIds.length)}
          </ul>
        </>
      )}
      {rowIds.length > 0 && (
        <>
          <p className="small">{t('findings:sources.rows')}</p>
          <ul>
            {rowIds.slice(0, SHOWN).map((id) => {
              const source = sources.benchmarkRows[id];
              if (!source) return <li key={id}>{id}</li>;
              const label = source.derived ? `${source.packageKey} · ${source.metric} (${t('findings:sources.derived')})` : [source.packageKey, source.task, source.center, source.dataset, source.metric].filter(Boolean).join(' · ');
              return (
                <li key={id}>
                  <Link to={benchmarkLink(source)}>{label}</Link>
                </li>
              );
            })}
            {more(rowIds.length)}
          </ul>
        </>
      )}
    </details>
  );
}
