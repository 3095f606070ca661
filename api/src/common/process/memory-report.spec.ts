import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { reportMemoryOnSignal } from './memory-report.js';

// Regression (verify check 6, the soak): Nest's shutdown hooks listened to every signal, SIGUSR2
// among them, so `kill -USR2` for the memory report shut the API down and killed it.
describe('memory report on SIGUSR2 next to the shutdown hooks', () => {
  let t: TestApp;
  const before = { usr2: process.listenerCount('SIGUSR2'), term: process.listenerCount('SIGTERM') };
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shuts down on SIGTERM but leaves SIGUSR2 to the memory report', () => {
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(before.term);
    expect(process.listenerCount('SIGUSR2')).toBe(before.usr2);
  });

  it('prints the memory line and keeps serving', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const listenersBefore = process.listeners('SIGUSR2');
    try {
      reportMemoryOnSignal();
      const added = process.listeners('SIGUSR2').filter((listener) => !listenersBefore.includes(listener));
      expect(added).toHaveLength(1);
      // Only the report's own listener: emitting to all would reach vitest's or other libraries' handlers.
      (added[0] as (signal: NodeJS.Signals) => void)('SIGUSR2');
      const line = write.mock.calls.map(([chunk]) => String(chunk)).find((text) => text.includes('"msg":"memory"'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ msg: 'memory', heapUsed: expect.any(Number) as number });
      for (const listener of added) process.removeListener('SIGUSR2', listener as () => void);
    } finally {
      write.mockRestore();
    }
    const health = await t.request({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});
