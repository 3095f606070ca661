import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ReaderShortcuts {
  /** 1–9: apply the code on that key to the selection. */
  onNumber: (position: number) => void;
  /** "/": jump to the code search. */
  onSearch: () => void;
  /** Escape: drop the selection. */
  onEscape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('dialog'));
}

/** The reader's single-key shortcuts, anywhere on the page except while typing or in a dialog. */
export function useReaderShortcuts(shortcuts: ReaderShortcuts): void {
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        latest.current.onNumber(Number(event.key));
      } else if (event.key === '/') {
        event.preventDefault();
        latest.current.onSearch();
      } else if (event.key === 'Escape') {
        latest.current.onEscape();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
