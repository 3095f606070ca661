/**
 * `kill -USR2 <pid>` prints one JSON line with the process's memory use (after a full garbage
 * collection when Node runs with --expose-gc). For an operator or a soak test watching heap growth:
 * only someone who may signal the process can ask, so it needs no route and no authentication.
 */
export function reportMemoryOnSignal(signal: NodeJS.Signals = 'SIGUSR2'): void {
  process.on(signal, () => {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    process.stdout.write(`${JSON.stringify({ msg: 'memory', at: new Date().toISOString(), heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, rss: usage.rss, external: usage.external })}\n`);
  });
}
