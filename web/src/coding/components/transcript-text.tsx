import { useCallback, useLayoutEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import { moveByWord } from '../utils/move-by-word';
import { PIECE_SELECTOR } from '../utils/piece-selector';
import type { ReaderBlock } from '../utils/reader-block';
import { trimRange } from '../utils/trim-range';
import type { VisibleCoding } from '../utils/visible-coding';
import { ReaderBlockView } from './reader-block-view';

interface Stripe {
  id: string;
  top: number;
  height: number;
  lane: number;
  color: string;
  label: string;
}

interface TranscriptTextProps {
  rootRef: RefObject<HTMLDivElement | null>;
  index: CodePointIndex;
  language: string;
  blocks: readonly ReaderBlock[];
  codings: readonly VisibleCoding[];
  activeId: string | null;
  flash: CodePointRange | null;
  focusedBlock: number;
  onFocusBlock: (position: number) => void;
  /** The selection as it is now, read when a key extends it. */
  getSelection: () => CodePointRange | null;
  onSelect: (range: CodePointRange | null) => void;
  onActivate: (codingId: string) => void;
}

/** Pixel width of one stripe lane in the left margin. */
const LANE_WIDTH = 7;

function overlaps(a: CodePointRange, b: CodePointRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The transcript as turns, with coding stripes in the left margin (one lane per overlapping
 * coding, as MAXQDA draws them). Keyboard: ↑/↓ move between turns, Enter selects a whole turn,
 * Shift+→/← move the selection's end by a word, Alt+Shift+→/← its start, Escape clears it.
 */
export function TranscriptText({
  rootRef,
  index,
  language,
  blocks,
  codings,
  activeId,
  flash,
  focusedBlock,
  onFocusBlock,
  getSelection,
  onSelect,
  onActivate,
}: TranscriptTextProps) {
  const { t } = useTranslation(['coding']);
  const [stripes, setStripes] = useState<Stripe[]>([]);
  const [width, setWidth] = useState(0);
  const lanes = codings.reduce((max, coding) => Math.max(max, coding.lane + 1), 0);

  const perBlock = useMemo(() => blocks.map((block) => codings.filter((coding) => overlaps(coding, block))), [blocks, codings]);

  // Stripes follow the text's layout, so they are measured after it and again when the width changes.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(root);
    return () => observer.disconnect();
  }, [rootRef]);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const rootTop = root.getBoundingClientRect().top;
    const pieces = Array.from(root.querySelectorAll<HTMLElement>(PIECE_SELECTOR));
    const starts = pieces.map((piece) => Number(piece.dataset.cpStart));
    const measured: Stripe[] = [];
    for (const coding of codings) {
      // The first piece starting at or after the coding's start (pieces are cut at every coding boundary).
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((starts[middle] ?? 0) < coding.start) low = middle + 1;
        else high = middle;
      }
      const first = pieces[low];
      let last = first;
      for (let i = low; i < pieces.length && Number(pieces[i]?.dataset.cpEnd) <= coding.end; i += 1) last = pieces[i];
      const firstRect = first?.getClientRects()[0];
      const lastRects = last?.getClientRects();
      const lastRect = lastRects?.[lastRects.length - 1];
      if (!firstRect || !lastRect) continue;
      measured.push({
        id: coding.id,
        top: firstRect.top - rootTop,
        height: Math.max(8, lastRect.bottom - firstRect.top),
        lane: coding.lane,
        color: coding.color,
        label: `${coding.codeName} · ${coding.coderLabel}`,
      });
    }
    setStripes(measured);
  }, [rootRef, codings, blocks, width]);

  const focusBlock = useCallback(
    (position: number) => {
      const target = rootRef.current?.querySelectorAll<HTMLElement>('[data-testid="reader-segment"]')[position];
      onFocusBlock(position);
      target?.focus();
    },
    [rootRef, onFocusBlock],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, position: number) => {
      if (event.target !== event.currentTarget) return;
      const block = blocks[position];
      if (!block) return;
      const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
      if (plain && event.key === 'ArrowDown') {
        event.preventDefault();
        focusBlock(Math.min(blocks.length - 1, position + 1));
      } else if (plain && event.key === 'ArrowUp') {
        event.preventDefault();
        focusBlock(Math.max(0, position - 1));
      } else if (plain && event.key === 'Home') {
        event.preventDefault();
        focusBlock(0);
      } else if (plain && event.key === 'End') {
        event.preventDefault();
        focusBlock(blocks.length - 1);
      } else if (plain && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        window.getSelection()?.removeAllRanges();
        onSelect(trimRange(index, block));
      } else if (event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        const forward = event.key === 'ArrowRight';
        const text = index.slice(block.start, block.end);
        const base = index.toUtf16(block.start);
        const local = (codePoint: number) => index.toUtf16(codePoint) - base;
        const global = (utf16: number) => index.toCodePoint(base + utf16);
        const current = getSelection();
        const inside = current && current.start >= block.start && current.end <= block.end ? current : null;
        let next: CodePointRange;
        if (!inside) {
          const wordStart = global(moveByWord(text, -1, 'forward', 'start'));
          next = { start: wordStart, end: global(moveByWord(text, local(wordStart), 'forward')) };
        } else if (event.altKey) {
          const start = global(moveByWord(text, local(inside.start), forward ? 'forward' : 'backward', 'start'));
          next = { start: Math.min(start, inside.end - 1), end: inside.end };
        } else {
          const end = global(moveByWord(text, local(inside.end), forward ? 'forward' : 'backward'));
          next = { start: inside.start, end: end > inside.start ? end : inside.end };
        }
        window.getSelection()?.removeAllRanges();
        onSelect(trimRange(index, next) ?? inside);
      }
    },
    [blocks, focusBlock, getSelection, index, onSelect],
  );

  return (
    <div
      ref={rootRef}
      className="reader-text"
      style={{ paddingLeft: `${Math.max(1, lanes) * LANE_WIDTH + 14}px` }}
      aria-label={t('coding:reader.textLabel')}
      role="region"
      data-testid="reader-text"
    >
      <div className="reader-stripes" aria-hidden="true">
        {stripes.map((stripe) => (
          <button
            key={stripe.id}
            type="button"
            tabIndex={-1}
            className={`reader-stripe${stripe.id === activeId ? ' reader-stripe-active' : ''}`}
            style={{ top: stripe.top, height: stripe.height, left: stripe.lane * LANE_WIDTH + 4, backgroundColor: stripe.color }}
            title={stripe.label}
            onClick={() => onActivate(stripe.id)}
            data-testid="coding-stripe"
          />
        ))}
      </div>
      {blocks.map((block, position) => {
        const blockCodings = perBlock[position] ?? [];
        return (
          <ReaderBlockView
            key={block.key}
            block={block}
            position={position}
            index={index}
            language={language}
            codings={blockCodings}
            activeId={activeId && blockCodings.some((coding) => coding.id === activeId) ? activeId : null}
            flash={flash && overlaps(flash, block) ? flash : null}
            focusable={position === focusedBlock}
            onKeyDown={onKeyDown}
            onFocus={onFocusBlock}
            onActivate={onActivate}
          />
        );
      })}
    </div>
  );
}
