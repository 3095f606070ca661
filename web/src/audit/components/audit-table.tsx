import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { AuditEvent } from '../api/audit-event';

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation(['audit', 'common']);
  const format = useDateFormat();

  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-list-title" tabIndex={0}>
      <table className="table table-dense" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit:table.at')}</th>
            <th scope="col">{t('audit:table.actor')}</th>
            <th scope="col">{t('audit:table.action')}</th>
            <th scope="col">{t('audit:table.entity')}</th>
            <th scope="col">{t('audit:table.center')}</th>
            <th scope="col">{t('audit:table.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row">
              <td>{format.dateTime(event.at)}</td>
              <td className="cell-email">{event.actorEmail ?? <span className="muted">{t('audit:table.system')}</span>}</td>
              <td>
                <code className="code" data-testid="audit-action">
                  {event.action}
                </code>
              </td>
              <td>
                <span className="cell-strong">{event.entity}</span>
                {event.entityId && <span className="cell-sub mono">{event.entityId}</span>}
              </td>
              {/* The short center code keeps the table readable; the filter above names the centers in full. */}
              <td>{event.center ?? <span className="muted">{t('audit:table.noCenter')}</span>}</td>
              <td className="cell-text">{event.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
