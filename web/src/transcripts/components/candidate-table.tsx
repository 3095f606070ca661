import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateGroup } from '../utils/candidate-group';
import { isPlaceholder } from '../utils/is-placeholder';

interface CandidateTableProps {
  groups: readonly CandidateGroup[];
  onChange: (position: number, changes: Partial<CandidateGroup>) => void;
  /** A group to bring into view and focus (clicked in the text, or just added). */
  focusGroup: number | null;
}

/** One row per identifier: replace it or not, and with which placeholder. */
export function CandidateTable({ groups, onChange, focusGroup }: CandidateTableProps) {
  const { t } = useTranslation(['coding']);
  const id = useId();
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (focusGroup === null) return;
    const checkbox = table.current?.querySelector<HTMLInputElement>(`[data-group="${focusGroup}"]`);
    checkbox?.scrollIntoView({ block: 'nearest' });
    checkbox?.focus({ preventScroll: true });
  }, [focusGroup, groups.length]);

  return (
    <div className="table-scroll preview-candidates" tabIndex={0} role="region" aria-label={t('coding:preview.candidatesTitle')}>
      <table className="table table-dense" ref={table} data-testid="candidate-table">
        <thead>
          <tr>
            <th scope="col">{t('coding:preview.replace')}</th>
            <th scope="col">{t('coding:preview.found')}</th>
            <th scope="col">{t('coding:preview.kind')}</th>
            <th scope="col">{t('coding:preview.placeholder')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group, position) => (
            <tr key={group.text} data-testid="candidate-row" data-text={group.text} data-kind={group.kind} className={group.checked ? undefined : 'candidate-row-off'}>
              <td>
                <input
                  id={`${id}-check-${position}`}
                  type="checkbox"
                  className="candidate-check"
                  checked={group.checked}
                  onChange={(event) => onChange(position, { checked: event.target.checked })}
                  data-group={position}
                  data-testid="candidate-check"
                />
              </td>
              <th scope="row">
                <label htmlFor={`${id}-check-${position}`} className="candidate-text">
                  {group.text}
                </label>
                {group.occurrences.length > 1 && <span className="cell-sub">{t('coding:preview.times', { count: group.occurrences.length })}</span>}
              </th>
              <td>
                <span className={`candidate-kind candidate-${group.kind}`}>{t(`coding:kinds.${group.kind}`)}</span>
                {group.manual && <span className="cell-sub">{t('coding:preview.manual')}</span>}
              </td>
              <td>
                <input
                  className="input input-mono candidate-placeholder-input"
                  value={group.placeholder}
                  maxLength={32}
                  disabled={!group.checked}
                  aria-label={t('coding:preview.placeholderFor', { text: group.text })}
                  aria-invalid={group.checked && !isPlaceholder(group.placeholder) ? true : undefined}
                  onChange={(event) => onChange(position, { placeholder: event.target.value.toUpperCase() })}
                  data-testid="candidate-placeholder"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
