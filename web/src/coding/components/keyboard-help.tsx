import { useTranslation } from 'react-i18next';

/** The reader's keys, folded away until wanted. */
export function KeyboardHelp() {
  const { t } = useTranslation(['coding']);
  const keys: Array<[string, string]> = [
    ['Tab', t('coding:keys.tab')],
    ['↑ ↓', t('coding:keys.turns')],
    ['Enter', t('coding:keys.enter')],
    ['Shift + → ←', t('coding:keys.extend')],
    ['Alt + Shift + → ←', t('coding:keys.moveStart')],
    ['1 – 9', t('coding:keys.numbers')],
    ['/', t('coding:keys.search')],
    ['↑ ↓ → ←', t('coding:keys.picker')],
    ['Esc', t('coding:keys.escape')],
  ];
  return (
    <details className="side-panel keyboard-help" data-testid="keyboard-help">
      <summary>{t('coding:keys.title')}</summary>
      <dl className="keyboard-help-list">
        {keys.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd className="code-key">{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
