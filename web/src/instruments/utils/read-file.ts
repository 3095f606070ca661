import { arrayBufferToBase64 } from './array-buffer-to-base64';

/** Reads a chosen file in the browser: as text (JSON, CSV) or as base64 (XLSX). Nothing is uploaded yet. */
export async function readFile(file: Blob, as: 'text' | 'base64'): Promise<string> {
  if (as === 'text') return file.text();
  return arrayBufferToBase64(await file.arrayBuffer());
}
