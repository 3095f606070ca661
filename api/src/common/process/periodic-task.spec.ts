import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulePeriodic } from './periodic-task.js';

describe(schedulePeriodic.name, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after the first delay, then at every interval, until stopped', async () => {
    const task = vi.fn(async () => 1);
    const stop = schedulePeriodic(task, { firstAfterMs: 300, everyMs: 1000, onError: () => {} });
    await vi.advanceTimersByTimeAsync(299);
    expect(task).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('hands a failure to onError and keeps to the schedule', async () => {
    const errors: unknown[] = [];
    const task = vi.fn(async () => {
      throw new Error('database away');
    });
    const stop = schedulePeriodic(task, { firstAfterMs: 10, everyMs: 100, onError: (error) => errors.push(error) });
    await vi.advanceTimersByTimeAsync(210);
    stop();
    expect(task).toHaveBeenCalledTimes(3);
    expect(errors).toHaveLength(3);
    expect((errors[0] as Error).message).toBe('database away');
  });
});
