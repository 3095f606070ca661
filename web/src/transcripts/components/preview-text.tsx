import { memo, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodePointIndex } from '../../coding/utils/code-point-index';
import type { CodePointRange } from '../../coding/utils/code-point-range';
import { domPointToCodePoint } from '../../coding/utils/dom-point-to-code-point';
import { textPieces } from '../../coding/utils/text-pieces';
import { trimRange } from '../../coding/utils/trim-range';
import type { CandidateGroup } from '../utils/candidate-group';

interface PreviewTextProps {
  index: CodePointIndex;
  groups: readonly CandidateGroup[];
  onSelect: (range: CodePointRange | null) => void;
  onPick: (position: number) => void;
}

/**
 * The uploaded text with each found identifier marked in the colour of its kind; a confirmed one
 * is struck through and followed by its placeholder, exactly as the stored text will read.
 */
export const PreviewText = memo(function PreviewText({ index, groups, onSelect, onPick }: PreviewTextProps) {
  const { t } = useTranslation(['coding']);
  const root = useRef<HTMLDivElement>(null);
  const pieces = useMemo(
    () =>
      textPieces(
        0,
        index.length,
        groups.flatMap((group, position) => group.occurrences.map((range) => ({ ...range, id: String(position) }))),
      ),
    [groups, index.length],
  );
  const ends = useMemo(() => new Set(groups.flatMap((group) => group.occurrences.map((range) => range.end))), [groups]);

  const readSelection = useCallback(() => {
    const element = root.current;
    const selection = window.getSelection();
    if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return onSelect(null);
    const range = selection.getRangeAt(0);
    if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return onSelect(null);
    const start = domPointToCodePoint(element, range.startContainer, range.startOffset, 'start');
    const end = domPointToCodePoint(element, range.endContainer, range.endOffset, 'end');
    onSelect(start !== null && end !== null && end > start ? trimRange(index, { start, end }) : null);
  }, [index, onSelect]);

  return (
    <div
      ref={root}
      className="preview-text"
      tabIndex={0}
      role="region"
      aria-labelledby="preview-text-title"
      onMouseUp={readSelection}
      onKeyUp={readSelection}
      onTouchEnd={readSelection}
      data-testid="preview-text"
    >
      {pieces.map((piece) => {
        const text = index.slice(piece.start, piece.end);
        const position = piece.ids[0];
        const group = position === undefined ? undefined : groups[Number(position)];
        if (!group || position === undefined) {
          return (
            <span key={piece.start} data-cp-start={piece.start} data-cp-end={piece.end}>
              {text}
            </span>
          );
        }
        return (
          <span key={piece.start} className="candidate-wrap">
            <mark
              className={`candidate candidate-${group.kind}${group.checked ? ' candidate-on' : ''}`}
              title={t(`coding:kinds.${group.kind}`)}
              onClick={() => onPick(Number(position))}
              data-cp-start={piece.start}
              data-cp-end={piece.end}
              data-testid="preview-candidate"
            >
              {text}
            </mark>
            {group.checked && ends.has(piece.end) && (
              <span className="candidate-placeholder" aria-label={t('coding:preview.becomes', { placeholder: group.placeholder })}>
                {group.placeholder}
              </span>
            )}
          </span>
        );
      })}
    </div>
  );
});
