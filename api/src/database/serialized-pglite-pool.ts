import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool.js';

type Release = (error?: unknown) => void;
type ConnectCallback = (error: unknown, client: PGlitePool | null, done: Release) => void;
type QueryCallback = Parameters<PGlitePool['query']>[2];

/**
 * PGlite is one Postgres session. typeorm-pglite hands that same session to every TypeORM query
 * runner at once, so two concurrent requests would interleave inside each other's BEGIN…COMMIT.
 * This pool behaves like a pg pool of size one instead: a runner holds the session from connect
 * until release, and the next one waits its turn. Embedded mode is single-machine by design, so
 * serialising is the honest model of what it can do.
 */
export class SerializedPGlitePool extends PGlitePool {
  private queue: Promise<void> = Promise.resolve();

  override async connect(callback: ConnectCallback): Promise<void> {
    let releaseTurn!: () => void;
    const myTurn = new Promise<void>((resolve) => (releaseTurn = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => myTurn);
    await previous;
    let released = false;
    const release: Release = () => {
      if (released) return;
      released = true;
      releaseTurn();
    };
    await super.connect((error, client) => callback(error, client, release));
  }

  /**
   * typeorm-pglite reports a failed query to the callback and also rejects the promise it returns,
   * which TypeORM (callback style) never awaits: one SQL error would be an unhandled rejection
   * that ends the process. With a callback, the callback alone carries the error.
   */
  override query(sql: string, parameters?: unknown[] | QueryCallback, callback?: QueryCallback): ReturnType<PGlitePool['query']> {
    const promise = super.query(sql, parameters as never, callback);
    const hasCallback = typeof parameters === 'function' || typeof callback === 'function';
    if (hasCallback) promise.catch(() => {});
    return promise;
  }
}
