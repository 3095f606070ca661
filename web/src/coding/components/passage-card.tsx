import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenterName } from '../../centers/hooks/use-center-name';
import type { Code } from '../../codebook/api/code';
import { useCodeName } from '../../codebook/hooks/use-code-name';
import type { Passage } from '../api/passage';
import { useCoderLabel } from '../hooks/use-coder-label';
import { passageHash } from '../utils/passage-hash';

interface PassageCardProps {
  passage: Passage;
  code: Code | undefined;
}

/** A coded passage in its context, the passage itself marked, with a link to it in the transcript. */
export function PassageCard({ passage, code }: PassageCardProps) {
  const { t } = useTranslation(['coding', 'participants', 'common']);
  const centerName = useCenterName();
  const codeName = useCodeName();
  const coderLabel = useCoderLabel();
  return (
    <article className="passage-card" data-testid="passage-card">
      <header className="passage-card-head">
        <span className="pseudonym">{passage.participantCode}</span>
        <span className="muted small">
          {t(`participants:groups.${passage.group}`)} · {centerName(passage.center)} · {t(`common:languageNames.${passage.language}`)} · {t('coding:retrieve.codedBy', { coder: coderLabel(passage.coderId) })}
        </span>
        {code && (
          <span className="passage-code">
            <span className="code-swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            {codeName(code)}
          </span>
        )}
      </header>
      <p className="passage-text" lang={passage.language}>
        {passage.before && <span className="passage-context">…{passage.before}</span>}
        <mark className="passage-mark" style={code ? { borderBottomColor: code.color } : undefined}>
          {passage.text}
        </mark>
        {passage.after && <span className="passage-context">{passage.after}…</span>}
      </p>
      {passage.memo && (
        <p className="passage-memo">
          <span className="muted">{t('coding:detail.memo')}:</span> {passage.memo}
        </p>
      )}
      <Link
        className="button button-secondary button-small"
        to={`/transcripts/${encodeURIComponent(passage.transcriptId)}${passageHash(passage.start, passage.end)}`}
        data-testid="passage-open"
      >
        {t('coding:retrieve.open')}
      </Link>
    </article>
  );
}
