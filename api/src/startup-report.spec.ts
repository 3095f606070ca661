import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config/env.js';
import { EMBEDDED_DURABILITY, printStartupReport } from './startup-report.js';

describe(printStartupReport.name, () => {
  afterEach(() => vi.restoreAllMocks());

  const printed = (env: Record<string, string>) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    printStartupReport(loadConfig({ NODE_ENV: 'test', ...env }), 'http://127.0.0.1:3000', [], null);
    return log.mock.calls.map((call) => String(call[0])).join('\n');
  };

  it('states what the embedded database does and does not promise', () => {
    const report = printed({ DATA_DIR: '/tmp/polyphony-data' });
    expect(report).toContain(`durability: ${EMBEDDED_DURABILITY}`);
    expect(EMBEDDED_DURABILITY).toMatch(/kill -9/);
    expect(EMBEDDED_DURABILITY).toMatch(/power cut/);
  });

  it('says nothing of it for PostgreSQL or an in-memory database', () => {
    expect(printed({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' })).not.toContain('durability');
    expect(printed({ DATA_DIR: ':memory:' })).not.toContain('durability');
  });
});
