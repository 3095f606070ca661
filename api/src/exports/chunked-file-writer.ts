import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';

/** Size of one stored piece of an export file. */
export const CHUNK_BYTES = 1024 * 1024;

export type SaveChunk = (seq: number, data: Buffer) => Promise<void>;

/**
 * A Writable that stores what it receives as numbered ~1 MiB chunks (via `save`), hashing and
 * counting on the way. At most one chunk is held in memory; writers wait (backpressure) while a
 * chunk is being saved.
 */
export class ChunkedFileWriter extends Writable {
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  byteSize = 0;

  constructor(private readonly save: SaveChunk) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  get sha256(): string {
    return this.digest ?? (this.digest = this.hash.digest('hex'));
  }

  private digest: string | undefined;

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.hash.update(buffer);
    this.byteSize += buffer.length;
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    if (this.pendingBytes < CHUNK_BYTES) return callback();
    this.flushFull().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    const rest = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (rest.length === 0) return callback();
    this.save(this.seq++, rest).then(() => callback(), callback);
  }

  private async flushFull(): Promise<void> {
    let all = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    while (all.length >= CHUNK_BYTES) {
      await this.save(this.seq++, Buffer.from(all.subarray(0, CHUNK_BYTES)));
      all = all.subarray(CHUNK_BYTES);
    }
    if (all.length > 0) {
      this.pending.push(Buffer.from(all));
      this.pendingBytes = all.length;
    }
  }
}
