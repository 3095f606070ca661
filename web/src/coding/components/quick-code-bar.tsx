import { useTranslation } from 'react-i18next';
import type { Code } from '../../codebook/api/code';
import { useCodeName } from '../../codebook/hooks/use-code-name';

interface QuickCodeBarProps {
  quickIds: readonly string[];
  codeById: ReadonlyMap<string, Code>;
  onApply: (codeId: string) => void;
}

/** Pinned and recent codes on the number keys 1–9, also clickable. */
export function QuickCodeBar({ quickIds, codeById, onApply }: QuickCodeBarProps) {
  const { t } = useTranslation(['coding']);
  const codeName = useCodeName();
  return (
    <div className="quick-codes" role="group" aria-label={t('coding:quick.label')} data-testid="quick-codes">
      <span className="quick-codes-title">{t('coding:quick.label')}</span>
      {quickIds.length === 0 && <span className="muted small">{t('coding:quick.empty')}</span>}
      {quickIds.map((id, position) => {
        const code = codeById.get(id);
        if (!code) return null;
        return (
          <button
            key={id}
            type="button"
            className="quick-code"
            onClick={() => onApply(id)}
            aria-keyshortcuts={String(position + 1)}
            data-testid="quick-code"
            data-code-id={id}
          >
            <kbd className="code-key">{position + 1}</kbd>
            <span className="code-swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            {codeName(code)}
          </button>
        );
      })}
    </div>
  );
}
