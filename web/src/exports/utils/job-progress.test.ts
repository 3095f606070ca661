import { describe, expect, it } from 'vitest';
import { formatBytes, isActive, progressPercent } from './job-progress';

describe('progressPercent', () => {
  it.each([
    ['unknown total', { status: 'queued', progress: { done: 0, total: 0 } }, null],
    ['half way', { status: 'running', progress: { done: 5, total: 10 } }, 50],
    ['rounds down, never 100 before done', { status: 'running', progress: { done: 999, total: 1000 } }, 99],
    ['done is 100 whatever the counts', { status: 'done', progress: { done: 3, total: 10 } }, 100],
    ['clamps overshoot', { status: 'running', progress: { done: 12, total: 10 } }, 100],
  ] as const)('%s', (_name, job, expected) => {
    expect(progressPercent(job)).toBe(expected);
  });
});

describe('isActive', () => {
  it('is true for queued and running only', () => {
    expect(['queued', 'running', 'done', 'failed', 'cancelled'].map((s) => isActive(s as never))).toEqual([true, true, false, false, false]);
  });
});

describe('formatBytes', () => {
  it('uses decimal units and the reader’s number format', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
    expect(formatBytes(14_600_000, 'de')).toBe('14,6 MB');
  });
});
