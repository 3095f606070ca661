import { useEffect, useRef } from 'react';

/**
 * Moves focus to a new screen's heading, so a screen reader announces where the participant is
 * and the next swipe starts at the top. Returns the ref for the heading (which needs tabIndex -1).
 */
export function useHeadingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return ref;
}
