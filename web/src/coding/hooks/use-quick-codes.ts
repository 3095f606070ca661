import { useCallback, useState } from 'react';
import { pushRecent } from '../utils/push-recent';

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function write(key: string, ids: readonly string[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Private browsing or a full storage: the keys work for this visit only.
  }
}

export interface QuickCodeState {
  pinned: string[];
  recent: string[];
  togglePin: (codeId: string) => void;
  markUsed: (codeId: string) => void;
}

/**
 * Pinned and recently used codes for the number keys, remembered per user on this device (only
 * code ids, nothing about participants).
 */
export function useQuickCodes(userId: string): QuickCodeState {
  const pinnedKey = `polyphony.coding.pinned.${userId}`;
  const recentKey = `polyphony.coding.recent.${userId}`;
  const [pinned, setPinned] = useState(() => read(pinnedKey));
  const [recent, setRecent] = useState(() => read(recentKey));

  const togglePin = useCallback(
    (codeId: string) =>
      setPinned((current) => {
        const next = current.includes(codeId) ? current.filter((id) => id !== codeId) : [...current, codeId];
        write(pinnedKey, next);
        return next;
      }),
    [pinnedKey],
  );
  const markUsed = useCallback(
    (codeId: string) =>
      setRecent((current) => {
        const next = pushRecent(current, codeId);
        write(recentKey, next);
        return next;
      }),
    [recentKey],
  );
  return { pinned, recent, togglePin, markUsed };
}
