import { useTranslation } from 'react-i18next';
import { useCoderLabel } from '../../coding/hooks/use-coder-label';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { CODE_CHANGE_KINDS, type Code } from '../api/code';
import { useCodeHistory } from '../hooks/use-code-history';
import { useCodeName } from '../hooks/use-code-name';
import { changedFields } from '../utils/changed-fields';

const KNOWN_FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'example', 'color', 'criterion', 'valence', 'task', 'parentId'] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];

function isKnownField(field: string): field is KnownField {
  return (KNOWN_FIELDS as readonly string[]).includes(field);
}

/** Who changed the code when, and what: renamed, moved, merged, split, or which fields changed. */
export function CodeHistory({ code, codes }: { code: Code; codes: readonly Code[] }) {
  const { t } = useTranslation(['coding']);
  const history = useCodeHistory(code.id);
  const format = useDateFormat();
  const coderLabel = useCoderLabel();
  const codeName = useCodeName();
  const nameOf = (id: unknown) => {
    const found = typeof id === 'string' ? codes.find((candidate) => candidate.id === id) : undefined;
    return found ? codeName(found) : t('coding:history.removedCode');
  };

  return (
    <section className="code-history" aria-labelledby="code-history-title" data-testid="code-history">
      <h3 id="code-history-title">{t('coding:history.title')}</h3>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.length === 0 && <p className="muted">{t('coding:history.none')}</p>}
      {history.data && history.data.length > 0 && (
        <ol className="code-history-list">
          {[...history.data].reverse().map((entry, position) => {
            const kind = (CODE_CHANGE_KINDS as readonly string[]).includes(entry.kind) ? entry.kind : 'updated';
            const fields = changedFields(entry.before, entry.after).filter(isKnownField);
            const after = entry.after ?? {};
            return (
              <li key={`${entry.at}-${position}`} data-testid="code-history-entry">
                <p className="code-history-line">
                  <span className="cell-strong">{t(`coding:history.kinds.${kind}`)}</span>
                  <span className="muted small">
                    {' · '}
                    {format.dateTime(entry.at)} · {entry.actorId ? coderLabel(entry.actorId) : t('coding:history.system')}
                  </span>
                </p>
                {fields.length > 0 && (
                  <p className="small">{t('coding:history.changed', { fields: fields.map((field) => t(`coding:fields.${field}`)).join(', ') })}</p>
                )}
                {'mergedInto' in after && <p className="small">{t('coding:history.mergedInto', { code: nameOf(after.mergedInto) })}</p>}
                {'absorbed' in after && <p className="small">{t('coding:history.absorbed', { count: Number(after.codingsMoved ?? 0) })}</p>}
                {'splitFrom' in after && <p className="small">{t('coding:history.splitFrom', { code: nameOf(after.splitFrom) })}</p>}
                {Array.isArray(after.into) && (
                  <p className="small">{t('coding:history.splitInto', { codes: after.into.map((id) => nameOf(id)).join(', ') })}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
