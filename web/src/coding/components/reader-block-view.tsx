import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import { formatMediaTime } from '../utils/format-media-time';
import type { ReaderBlock } from '../utils/reader-block';
import { stripeStyle } from '../utils/stripe-style';
import { textPieces } from '../utils/text-pieces';
import { tint } from '../utils/tint';
import type { VisibleCoding } from '../utils/visible-coding';

const FLASH = '\u0000flash';

interface ReaderBlockViewProps {
  block: ReaderBlock;
  position: number;
  index: CodePointIndex;
  language: string;
  /** The visible codings overlapping this turn. */
  codings: readonly VisibleCoding[];
  /** The coding being looked at, when it touches this turn. */
  activeId: string | null;
  flash: CodePointRange | null;
  focusable: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, position: number) => void;
  onFocus: (position: number) => void;
  onActivate: (codingId: string) => void;
}

/**
 * One speaker turn: who speaks (and when, for subtitles), the words with each coding as a stripe
 * under them, and in the margin the codings that begin here, each a button to open it.
 */
export const ReaderBlockView = memo(function ReaderBlockView({
  block,
  position,
  index,
  language,
  codings,
  activeId,
  flash,
  focusable,
  onKeyDown,
  onFocus,
  onActivate,
}: ReaderBlockViewProps) {
  const { t } = useTranslation(['coding']);
  const byId = new Map(codings.map((coding) => [coding.id, coding]));
  const ranges = [...codings, ...(flash ? [{ id: FLASH, start: flash.start, end: flash.end }] : [])];
  const pieces = textPieces(block.start, block.end, ranges);
  const starting = codings.filter((coding) => coding.start >= block.start && coding.start < block.end);
  const active = activeId ? byId.get(activeId) : undefined;
  const speaker = block.speakerLabel ?? (block.role === 'unknown' ? '' : t(`coding:roles.${block.role}`));
  const time = block.mediaStart !== null ? formatMediaTime(block.mediaStart) : null;

  return (
    <div
      className={`reader-block reader-role-${block.role}`}
      role="group"
      aria-label={t('coding:reader.turnLabel', { number: position + 1, speaker: speaker || t('coding:roles.unknown') })}
      tabIndex={focusable ? 0 : -1}
      onKeyDown={(event) => onKeyDown(event, position)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus(position);
      }}
      data-testid="reader-segment"
      data-role={block.role}
      data-start={block.start}
      data-end={block.end}
    >
      <div className="reader-speaker">
        {speaker && <span className="reader-speaker-label">{speaker}</span>}
        {block.role !== 'unknown' && speaker.toLocaleLowerCase() !== t(`coding:roles.${block.role}`).toLocaleLowerCase() && (
          <span className={`reader-role-badge reader-role-badge-${block.role}`}>{t(`coding:roles.${block.role}`)}</span>
        )}
        {time && (
          <span className="reader-time" title={t('coding:reader.mediaTime')}>
            {time}
          </span>
        )}
      </div>
      <div className="reader-turn">
        <p className="reader-words" lang={language}>
          {pieces.map((piece) => {
            const layers = piece.ids
              .map((id) => byId.get(id))
              .filter((coding): coding is VisibleCoding => coding !== undefined)
              .sort((a, b) => a.lane - b.lane);
            const isActive = active !== undefined && piece.ids.includes(active.id);
            const classes = ['reader-piece'];
            if (layers.length > 0) classes.push('reader-piece-coded');
            if (isActive) classes.push('reader-piece-active');
            if (piece.ids.includes(FLASH)) classes.push('reader-piece-flash');
            return (
              <span
                key={piece.start}
                className={classes.join(' ')}
                style={stripeStyle(
                  layers.map((coding) => coding.color),
                  isActive ? tint(active.color) : null,
                )}
                data-cp-start={piece.start}
                data-cp-end={piece.end}
              >
                {index.slice(piece.start, piece.end)}
              </span>
            );
          })}
        </p>
        {starting.length > 0 && (
          <ul className="reader-margin" aria-label={t('coding:reader.marginLabel')}>
            {starting.map((coding) => (
              <li key={coding.id}>
                <button
                  type="button"
                  className="coding-chip"
                  style={{ borderLeftColor: coding.color }}
                  aria-pressed={coding.id === activeId}
                  onClick={() => onActivate(coding.id)}
                  data-testid="coding-chip"
                  data-code-id={coding.codeId}
                  data-coder-id={coding.coderId}
                >
                  <span className="coding-chip-name">{coding.codeName}</span>
                  {!coding.own && <span className="coding-chip-coder">{coding.coderLabel}</span>}
                  {coding.memo && (
                    <span className="coding-chip-memo" title={t('coding:detail.memo')}>
                      ✎
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
