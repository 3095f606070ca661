import { useLayoutEffect, type RefObject } from 'react';
import type { CodePointRange } from '../utils/code-point-range';
import { codePointRangeToDom } from '../utils/code-point-range-to-dom';

const NAME = 'coding-selection';

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Paints the passage about to be coded with the CSS Custom Highlight API: it stays visible while
 * focus is in the code picker, and painting it changes no DOM (a live mouse selection survives).
 * `version` changes whenever the text's markup does (after a coding is added, say).
 */
export function useSelectionHighlight(root: RefObject<HTMLElement | null>, range: CodePointRange | null, version: unknown): void {
  useLayoutEffect(() => {
    if (!supported()) return;
    const element = root.current;
    const dom = element && range ? codePointRangeToDom(element, range) : null;
    if (dom) CSS.highlights.set(NAME, new Highlight(dom));
    else CSS.highlights.delete(NAME);
    return () => {
      CSS.highlights.delete(NAME);
    };
  }, [root, range, version]);
}
