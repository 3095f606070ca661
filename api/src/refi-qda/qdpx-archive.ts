import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { QdpxError } from './qdpx-error.js';

/** Limits that keep a hostile archive (zip bomb, thousands of entries) from exhausting the server. */
export interface QdpxArchiveLimits {
  maxEntries: number;
  /** Uncompressed bytes of any one entry that is read (project.qde or a source text). */
  maxEntryBytes: number;
  /** Uncompressed bytes of everything read from the archive together. */
  maxTotalBytes: number;
}

export const QDPX_LIMITS: QdpxArchiveLimits = { maxEntries: 10_000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 96 * 1024 * 1024 };

/**
 * A .qdpx opened from memory. Only the entries asked for are ever inflated (media, PDFs and docx
 * copies that other tools ship are never decompressed), each counted byte by byte against the
 * limits rather than trusting the sizes the archive declares.
 */
export class QdpxArchive {
  private totalRead = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: QdpxArchiveLimits,
  ) {}

  static async open(bytes: Buffer, limits: QdpxArchiveLimits = QDPX_LIMITS): Promise<QdpxArchive> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (error, opened) => {
        if (error || !opened) reject(new QdpxError('REFI_QDA_NOT_A_ZIP', error?.message ?? 'not a zip'));
        else resolve(opened);
      });
    });
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      throw new QdpxError('REFI_QDA_TOO_LARGE', `${zip.entryCount} entries; the limit is ${limits.maxEntries}`);
    }
    const entries = new Map<string, Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        // Names are compared case-insensitively: exporters write both project.qde and Project.qde, Sources/ and sources/.
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName.replace(/\\/g, '/').toLowerCase(), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) => reject(new QdpxError('REFI_QDA_NOT_A_ZIP', error.message)));
      zip.readEntry();
    });
    return new QdpxArchive(zip, entries, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  async read(name: string): Promise<Buffer | null> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    if (entry.uncompressedSize > this.limits.maxEntryBytes) throw new QdpxError('REFI_QDA_TOO_LARGE', `${entry.fileName} declares ${entry.uncompressedSize} bytes`);
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, opened) => {
        if (error || !opened) reject(new QdpxError('REFI_QDA_NOT_A_ZIP', error?.message ?? 'unreadable entry'));
        else resolve(opened);
      });
    });
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        this.totalRead += chunk.length;
        if (size > this.limits.maxEntryBytes || this.totalRead > this.limits.maxTotalBytes) {
          (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
          throw new QdpxError('REFI_QDA_TOO_LARGE', `${entry.fileName} expands beyond the limit`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof QdpxError) throw error;
      // A corrupt deflate stream or a size that differs from the declared one.
      throw new QdpxError('REFI_QDA_NOT_A_ZIP', error instanceof Error ? error.message : String(error));
    }
    return Buffer.concat(chunks, size);
  }

  close(): void {
    this.zip.close();
  }
}

/** Where a REFI-QDA `internal://` path lives in the archive (sources/<name>). */
export function archivePathOf(refiPath: string | null): string | null {
  if (!refiPath) return null;
  const match = /^internal:\/\/(.+)$/i.exec(refiPath.trim());
  if (!match || match[1].includes('..')) return null;
  return `sources/${match[1]}`;
}
