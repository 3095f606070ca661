import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = 'api/dist/api/src/main.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ApiOptions {
  /** A PostgreSQL database (already migrated, see postgres.ts); else embedded PGlite in dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/**
 * The built API (`node api/dist/api/src/main.js`) as a child process on loopback, as an operator
 * starts it: demo accounts on, logs kept in memory so a check can search them.
 */
export class ApiProcess {
  private child: ChildProcess | null = null;
  private logs = '';
  readonly port: number;

  private constructor(
    private readonly options: ApiOptions,
    port: number,
  ) {
    this.port = port;
  }

  static async start(options: ApiOptions): Promise<ApiProcess> {
    const api = new ApiProcess(options, options.port ?? (await freePort()));
    await api.launch();
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  /** Everything the API printed (stdout and stderr) since the first start. */
  output(): string {
    return this.logs;
  }

  async launch(): Promise<void> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: String(this.port),
      HOST: '127.0.0.1',
      DEMO: '1',
      LOG_LEVEL: 'info',
      ...(this.options.databaseUrl ? { DATABASE_URL: this.options.databaseUrl } : { DATA_DIR: this.options.dataDir ?? ':memory:' }),
      ...this.options.env,
    };
    const child = spawn(process.execPath, [...(this.options.nodeArgs ?? []), MAIN], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.logs += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.logs += chunk.toString()));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`API exited (${child.exitCode ?? child.signalCode}):\n${this.logs.slice(-4000)}`);
      try {
        const response = await fetch(`${this.url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`API did not become healthy:\n${this.logs.slice(-4000)}`);
  }

  /** SIGKILL: no shutdown hooks, no flushing, exactly a crash. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Runs a built script to its end (migrations), with the given environment. */
export function runNode(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}
