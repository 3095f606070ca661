export type QueueKey = 'ArrowDown' | 'ArrowUp' | 'j' | 'k' | 'Home' | 'End';

/** Where focus moves in a list of `length` items on a navigation key; null when the key is not one. */
export function nextFocusIndex(key: string, current: number, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return Math.min(length - 1, current + 1);
    case 'ArrowUp':
    case 'k':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}

/** After the item at `removed` leaves a list that had `length` items, the index that keeps the reader's place. */
export function focusAfterRemoval(removed: number, length: number): number | null {
  const remaining = length - 1;
  if (remaining <= 0) return null;
  return Math.min(removed, remaining - 1);
}
