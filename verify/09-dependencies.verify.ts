import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, it } from 'vitest';
import { root } from './support/api-process.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const CHECK = '9 dependencies';
const run = promisify(execFile);

interface AuditFinding {
  name: string;
  severity: string;
  advisories: string[];
}

interface Allowed {
  package: string;
  advisory: string;
  reason: string;
}

async function npmAudit(): Promise<{ findings: AuditFinding[] } | { error: string }> {
  let stdout: string;
  try {
    ({ stdout } = await run('npm', ['audit', '--audit-level=high', '--json'], { cwd: root, timeout: 180_000, maxBuffer: 64 * 2 ** 20 }));
  } catch (error) {
    // npm exits non-zero both when it finds something and when it cannot ask the registry.
    const failed = error as { stdout?: string; stderr?: string; message: string };
    stdout = failed.stdout ?? '';
    if (!stdout.trim().startsWith('{') || 'error' in (JSON.parse(stdout) as object)) {
      const reason = (failed.stderr ?? failed.message).split('\n').filter((l) => /warn|error/i.test(l)).slice(0, 2).join(' / ');
      return { error: reason || failed.message };
    }
  }
  const report = JSON.parse(stdout) as { vulnerabilities?: Record<string, { severity: string; via: Array<string | { url?: string; source?: number }> }> };
  const findings = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => ({ name, severity: v.severity, advisories: v.via.map((via) => (typeof via === 'string' ? `via ${via}` : (via.url ?? String(via.source)))) }));
  return { findings };
}

/** Debian's wapiti, installed the way .ci/run installs chromium when it is missing (as root only). */
function ensureWapiti(): string | null {
  const has = () => {
    try {
      execFileSync('sh', ['-c', 'command -v wapiti'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return null;
  if (process.getuid?.() !== 0) return 'wapiti is not installed (apt-get install wapiti) and this is not root';
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', 'wapiti'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 300_000 });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'wapiti'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 300_000 });
  }
  return has() ? null : 'wapiti could not be installed';
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  let reportDir: string | undefined;
  afterAll(async () => {
    await stack?.close();
    if (reportDir) rmSync(reportDir, { recursive: true, force: true });
  });

  it('has no unexplained high-severity advisory and passes a passive wapiti scan', async () => {
    const verdicts = new Verdicts(CHECK);
    const allowlist = (JSON.parse(readFileSync(path.join(root, 'verify/audit-allowlist.json'), 'utf8')) as { allow: Allowed[] }).allow;
    const audit = await npmAudit();
    if ('error' in audit) {
      verdicts.unavailable(`npm audit --audit-level=high could not run here: ${audit.error}`);
    } else {
      const unexplained = audit.findings.filter((f) => !allowlist.some((a) => a.package === f.name && f.advisories.some((adv) => adv.includes(a.advisory))));
      verdicts.figure(
        `npm audit --audit-level=high: ${audit.findings.length} high/critical findings, ${audit.findings.length - unexplained.length} explained in verify/audit-allowlist.json${unexplained.length ? `; unexplained: ${unexplained.map((f) => `${f.name} (${f.severity}: ${f.advisories.join(', ')})`).join('; ')}` : ''}`,
        unexplained.length === 0,
      );
    }

    const missing = ensureWapiti();
    if (missing) {
      verdicts.unavailable(`wapiti passive scan not run: ${missing}`);
    } else {
      stack = await startStack();
      reportDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-wapiti-'));
      const reportFile = path.join(reportDir, 'report.json');
      const started = performance.now();
      // Passive modules only: they judge the replies the crawl gets, and send no attacks.
      await run(
        'wapiti',
        ['-u', `${stack.api.url}/`, '-s', `${stack.api.url}/sign-in`, '-s', `${stack.api.url}/tablet-start`, '-s', `${stack.api.url}/api/docs`, '--scope', 'folder', '-m', 'cookieflags,csp,http_headers', '--flush-session', '--max-scan-time', '180', '-f', 'json', '-o', reportFile, '--verify-ssl', '0'],
        { cwd: reportDir, timeout: 400_000, maxBuffer: 64 * 2 ** 20, env: { ...process.env, HOME: reportDir } },
      );
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { vulnerabilities: Record<string, Array<{ level: number | string; info: string; path: string }>>; anomalies: Record<string, unknown[]>; infos?: { crawled_pages?: unknown[] } };
      const all = Object.entries(report.vulnerabilities).flatMap(([category, items]) => items.map((item) => ({ category, level: Number(item.level), info: item.info, path: item.path })));
      // wapiti 3.0: level 3 is high, 2 medium, 1 low.
      const high = all.filter((v) => v.level >= 3);
      const byLevel = all.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.level >= 3 ? 'high' : v.level === 2 ? 'medium' : 'low']: (acc[v.level >= 3 ? 'high' : v.level === 2 ? 'medium' : 'low'] ?? 0) + 1 }), {});
      for (const v of all.slice(0, 8)) verdicts.note(`wapiti ${v.category} (level ${v.level}) ${v.path}: ${v.info.slice(0, 160)}`);
      verdicts.figure(`wapiti passive scan (cookieflags, csp, http_headers) in ${((performance.now() - started) / 1000).toFixed(0)} s: ${all.length} findings ${JSON.stringify(byLevel)}, high severity ${high.length}`, high.length === 0);
    }
    verdicts.assertAll();
  });
});
