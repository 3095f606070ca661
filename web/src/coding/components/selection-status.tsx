import { useTranslation } from 'react-i18next';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';

const EXCERPT = 90;

interface SelectionStatusProps {
  index: CodePointIndex;
  selection: CodePointRange | null;
  onClear: () => void;
}

/** What is about to be coded, spoken once when it changes; nothing selected says how to select. */
export function SelectionStatus({ index, selection, onClear }: SelectionStatusProps) {
  const { t } = useTranslation(['coding']);
  const text = selection ? index.slice(selection.start, selection.end) : '';
  const excerpt = [...text].length > EXCERPT ? `${[...text].slice(0, EXCERPT).join('')}…` : text;
  return (
    <div className={`selection-status${selection ? ' selection-status-active' : ''}`} data-testid="selection-status">
      <p className="selection-status-text" role="status" aria-live="polite">
        {selection ? (
          <>
            <span className="visually-hidden-coding">{t('coding:selection.selected')} </span>
            <q data-testid="selection-text">{excerpt}</q>{' '}
            <span className="muted small">{t('coding:selection.length', { count: selection.end - selection.start })}</span>
          </>
        ) : (
          <span className="muted">{t('coding:selection.none')}</span>
        )}
      </p>
      {selection && (
        <button type="button" className="button button-secondary button-small" onClick={onClear} aria-keyshortcuts="Escape" data-testid="selection-clear">
          {t('coding:selection.clear')}
        </button>
      )}
    </div>
  );
}
