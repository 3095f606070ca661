import { base64FromDataUrl } from './base64-from-data-url';

/**
 * Reads a chosen file as base64 in the browser, reporting progress (0–1) so a large recording
 * transcript shows how far along it is. Nothing is uploaded yet.
 */
export function readFileAsBase64(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    reader.onload = () => {
      onProgress?.(1);
      resolve(typeof reader.result === 'string' ? base64FromDataUrl(reader.result) : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
