import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../codebook/api/code';
import { useCodeName } from '../../codebook/hooks/use-code-name';
import { useCodeTree } from '../../codebook/hooks/use-code-tree';
import { filterCodeTree } from '../../codebook/utils/filter-code-tree';
import { flattenCodeTree } from '../../codebook/utils/flatten-code-tree';
import { localizedValue } from '../../codebook/utils/localized-value';

/** The id of the picker's search box, for the "/" shortcut. */
export const CODE_SEARCH_ID = 'code-picker-search';

interface CodePickerProps {
  codes: readonly Code[];
  quickIds: readonly string[];
  pinned: readonly string[];
  hasSelection: boolean;
  onApply: (codeId: string) => void;
  onTogglePin: (codeId: string) => void;
}

/**
 * The codebook tree with a search box: type a few letters of a name in any language, Enter codes
 * the selection with the first match, ↓ walks the list. Each code can be pinned to a number key.
 */
export function CodePicker({ codes, quickIds, pinned, hasSelection, onApply, onTogglePin }: CodePickerProps) {
  const { t, i18n } = useTranslation(['coding']);
  const codeName = useCodeName();
  const tree = useCodeTree(codes);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => flattenCodeTree(filterCodeTree(tree, query)), [tree, query]);
  const language = i18n.resolvedLanguage ?? 'en';
  // One tab stop for the whole list (the row last visited); arrows move within it.
  const [current, setCurrent] = useState(0);
  const tabRow = Math.min(current, Math.max(0, rows.length - 1));

  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    const picker = event.currentTarget.closest('.code-picker');
    const buttons = Array.from(picker?.querySelectorAll<HTMLButtonElement>('[data-picker-apply]') ?? []);
    if (buttons.length === 0) return;
    const focused = document.activeElement;
    const onPin = focused instanceof HTMLElement && focused.dataset.testid === 'code-pin';
    const row = buttons.findIndex((button) => button === focused || button.nextElementSibling === focused);
    const go = (index: number) => {
      setCurrent(index);
      buttons[index]?.focus();
    };
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      go(Math.min(buttons.length - 1, row + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (row <= 0) document.getElementById(CODE_SEARCH_ID)?.focus();
      else go(row - 1);
    } else if (event.key === 'Home' && row >= 0) {
      event.preventDefault();
      go(0);
    } else if (event.key === 'End' && row >= 0) {
      event.preventDefault();
      go(buttons.length - 1);
    } else if (event.key === 'ArrowRight' && row >= 0 && !onPin) {
      event.preventDefault();
      (buttons[row]?.nextElementSibling as HTMLElement | null)?.focus();
    } else if (event.key === 'ArrowLeft' && onPin) {
      event.preventDefault();
      go(row);
    }
  };

  return (
    <section className="code-picker side-panel" aria-labelledby="code-picker-title" data-testid="code-picker">
      <h2 id="code-picker-title" className="side-panel-title">
        {t('coding:picker.title')}
      </h2>
      <label className="coding-sub-label" htmlFor={CODE_SEARCH_ID}>
        {t('coding:picker.search')}
      </label>
      <input
        id={CODE_SEARCH_ID}
        className="input"
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t('coding:picker.searchPlaceholder')}
        aria-describedby="code-picker-hint"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && query.trim()) {
            event.preventDefault();
            const first = rows[0];
            if (first) onApply(first.code.id);
          } else if (event.key === 'ArrowDown') {
            moveFocus(event);
          } else if (event.key === 'Escape' && query) {
            event.preventDefault();
            event.stopPropagation();
            setQuery('');
          }
        }}
        data-testid="code-search"
      />
      <p id="code-picker-hint" className="field-hint">
        {hasSelection ? t('coding:picker.hintSelection') : t('coding:picker.hintNoSelection')}
      </p>
      {codes.length === 0 ? (
        <p className="empty">{t('coding:picker.emptyCodebook')}</p>
      ) : rows.length === 0 ? (
        <p className="muted small">{t('coding:picker.noMatch')}</p>
      ) : (
        <ul className="code-picker-list" onKeyDown={moveFocus}>
          {rows.map((row, position) => {
            const name = codeName(row.code);
            const quick = quickIds.indexOf(row.code.id);
            const isPinned = pinned.includes(row.code.id);
            return (
              <li key={row.code.id} className="code-picker-row" style={{ paddingLeft: `${row.depth * 1.1}rem` }}>
                <button
                  type="button"
                  className="code-picker-apply"
                  title={localizedValue(row.code.definition, language) || undefined}
                  tabIndex={position === tabRow ? 0 : -1}
                  onClick={() => onApply(row.code.id)}
                  onFocus={() => setCurrent(position)}
                  data-picker-apply=""
                  data-testid="code-option"
                  data-code-id={row.code.id}
                  data-code-key={row.code.key}
                >
                  <span className="code-swatch" style={{ backgroundColor: row.code.color }} aria-hidden="true" />
                  <span className="code-picker-name">{name}</span>
                  {quick >= 0 && <kbd className="code-key">{quick + 1}</kbd>}
                </button>
                <button
                  type="button"
                  className="code-pin"
                  tabIndex={-1}
                  aria-pressed={isPinned}
                  aria-label={isPinned ? t('coding:picker.unpin', { code: name }) : t('coding:picker.pin', { code: name })}
                  title={isPinned ? t('coding:picker.unpin', { code: name }) : t('coding:picker.pin', { code: name })}
                  onClick={() => onTogglePin(row.code.id)}
                  data-testid="code-pin"
                >
                  <span aria-hidden="true">{isPinned ? '★' : '☆'}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
