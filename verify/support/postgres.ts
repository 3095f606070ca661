import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, runNode } from './api-process.js';

/** The PostgreSQL server the checks make their databases on (the machine's, as for the tests). */
export const SERVER_URL = process.env.VERIFY_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ServerDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server, migrated as an operator would (`migration-cli run`). */
export async function createDatabase(serverUrl = SERVER_URL): Promise<ServerDatabase> {
  const name = `polyphony_verify_${randomBytes(5).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await runNode(['api/dist/api/src/database/migration-cli.js', 'run'], { DATABASE_URL: url.toString(), NODE_ENV: 'development' });
  return {
    url: url.toString(),
    name,
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * A PostgreSQL cluster of our own (initdb in a temporary folder, its own port and socket folder),
 * so a check may crash it with `pg_ctl stop -m immediate` without touching the machine's server.
 * As root the server runs as the `postgres` user, as PostgreSQL demands.
 */
export class ThrowawayCluster {
  readonly dir: string;
  private readonly socketDir: string;
  private readonly bin: string;
  private constructor(
    readonly port: number,
    private readonly settings: Record<string, string>,
  ) {
    this.bin = postgresBin();
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-pg-'));
    this.socketDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-sock-'));
    chmodSync(this.dir, 0o777);
    chmodSync(this.socketDir, 0o777);
  }

  static async create(settings: Record<string, string> = {}): Promise<ThrowawayCluster> {
    const cluster = new ThrowawayCluster(await freePort(), settings);
    cluster.asPostgres('initdb', ['-D', path.join(cluster.dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    const options = [`-p ${this.port}`, `-k ${this.socketDir}`, `-c listen_addresses=127.0.0.1`, ...Object.entries(this.settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
    this.asPostgres('pg_ctl', ['-D', path.join(this.dir, 'data'), '-o', options, '-l', path.join(this.dir, 'server.log'), '-w', '-t', '60', 'start']);
  }

  /** The crash: every server process is killed at once, nothing is flushed, recovery replays the WAL. */
  stopImmediate(): void {
    this.asPostgres('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.asPostgres('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.socketDir, { recursive: true, force: true });
  }

  private asPostgres(program: string, args: string[]): void {
    const binary = path.join(this.bin, program);
    const runAsPostgres = process.getuid?.() === 0;
    const [command, commandArgs] = runAsPostgres ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
    execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() });
  }
}

function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(base, v, 'bin')).find((bin) => existsSync(path.join(bin, 'initdb')));
  if (!found) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin');
  return found;
}

/** Server connections of one database that are not idle, not counting the one asking. */
export async function busyConnections(url: string): Promise<{ total: number; busy: number }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ total: number; busy: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE state <> 'idle')::int AS busy
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return rows[0] ?? { total: 0, busy: 0 };
  });
}
