import { useEffect, useRef, type RefObject } from 'react';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import { domPointToCodePoint } from '../utils/dom-point-to-code-point';
import { trimRange } from '../utils/trim-range';

/**
 * Follows the browser's own selection (mouse drag, double click, touch handles, shift-click)
 * inside the transcript and reports it as a code-point range. A plain click in the text clears
 * the selection; clicks elsewhere (the code picker) keep it, so a code can be applied.
 */
export function useNativeSelection(root: RefObject<HTMLElement | null>, index: CodePointIndex, onSelect: (range: CodePointRange | null) => void): void {
  const pointerInText = useRef(false);
  const frame = useRef(0);

  useEffect(() => {
    const read = () => {
      frame.current = 0;
      const element = root.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const inside = element.contains(range.startContainer) && element.contains(range.endContainer);
      if (selection.isCollapsed || !inside) return;
      const start = domPointToCodePoint(element, range.startContainer, range.startOffset, 'start');
      const end = domPointToCodePoint(element, range.endContainer, range.endOffset, 'end');
      if (start === null || end === null || end <= start) return;
      const trimmed = trimRange(index, { start, end });
      if (trimmed) onSelect(trimmed);
    };
    // Selection changes fire for every pixel of a drag; one read per frame is plenty.
    const onSelectionChange = () => {
      if (!frame.current) frame.current = window.requestAnimationFrame(read);
    };
    const onPointerDown = (event: PointerEvent) => {
      pointerInText.current = event.target instanceof Node && Boolean(root.current?.contains(event.target));
    };
    const onPointerUp = () => {
      if (!pointerInText.current) return;
      pointerInText.current = false;
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) onSelect(null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      window.cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [root, index, onSelect]);
}
