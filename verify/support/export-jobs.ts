import yauzl from 'yauzl';
import { sleep } from './api-process.js';
import { call, type Session } from './client.js';

/** Requests an export job, waits for it and downloads the file (null with the reason when it fails). */
export async function runExportJob(url: string, lead: Session, kind: string, timeoutMs = 180_000): Promise<{ file: Buffer; contentType: string } | { error: string }> {
  const created = await call<{ id: string }>(url, 'POST', '/api/exports', lead, { kind, language: 'de' });
  if (created.status !== 202 && created.status !== 200 && created.status !== 201) return { error: `create ${created.status} ${created.text.slice(0, 200)}` };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await call<{ status: string; errorCode: string | null }>(url, 'GET', `/api/exports/${created.body.id}`, lead);
    if (job.body.status === 'done') break;
    if (job.body.status === 'failed' || job.body.status === 'cancelled') return { error: `${job.body.status} ${job.body.errorCode ?? ''}` };
    await sleep(500);
  }
  const response = await fetch(`${url}/api/exports/${created.body.id}/download`, { headers: lead });
  if (!response.ok) return { error: `download ${response.status}` };
  return { file: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

/** All text in a file: a zip's (xlsx, qdpx, bundles) entries inflated and joined, else the file itself. */
export async function textOf(file: Buffer): Promise<string> {
  if (file.subarray(0, 2).toString('latin1') !== 'PK') return file.toString('utf8');
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(file, { lazyEntries: true }, (error, z) => (error || !z ? reject(error ?? new Error('zip')) : resolve(z))));
  const parts: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('entry'));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const inner = Buffer.concat(chunks);
          // A zip inside the zip (a bundle of files) is opened too.
          void (inner.subarray(0, 2).toString('latin1') === 'PK' ? textOf(inner) : Promise.resolve(inner.toString('utf8'))).then((text) => {
            parts.push(`${entry.fileName}\n${text}`);
            zip.readEntry();
          }, reject);
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts.join('\n');
}
