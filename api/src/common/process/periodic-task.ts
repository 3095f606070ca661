/**
 * Runs `task` once after `firstAfterMs` and then every `everyMs`, on timers that never keep the
 * process alive; a failure goes to `onError` and the next run happens as planned. Returns the stop
 * function (for onApplicationShutdown).
 */
export function schedulePeriodic(task: () => Promise<unknown>, options: { firstAfterMs: number; everyMs: number; onError: (error: unknown) => void }): () => void {
  const run = () => void task().catch(options.onError);
  const first = setTimeout(run, options.firstAfterMs);
  const every = setInterval(run, options.everyMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
