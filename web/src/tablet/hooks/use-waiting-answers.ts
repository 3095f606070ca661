import { useEffect, useState } from 'react';

/**
 * Saves from earlier tablet sessions that the server has not confirmed yet (the session was ended
 * while offline). This page keeps sending them; the count shows staff that the tablet should stay
 * online. The participant app's outbox code is loaded only when this page opens.
 */
export function useWaitingAnswers(): number {
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      const [{ participantStore }, { OutboxSync }] = await Promise.all([
        import('../../survey/storage/participant-store'),
        import('../../survey/sync/outbox-sync'),
      ]);
      const store = await participantStore();
      if (cancelled) return;
      const sync = new OutboxSync(store);
      const count = async () => {
        const entries = await store.listOutbox();
        if (!cancelled) setWaiting(entries.length);
      };
      const unsubscribe = sync.subscribe(() => void count());
      const stopSync = sync.start();
      stop = () => {
        unsubscribe();
        stopSync();
      };
      await count();
    })().catch(() => setWaiting(0));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return waiting;
}
