import { describe, expect, it } from 'vitest';
import { readFile } from './read-file';

describe(readFile.name, () => {
  it('reads text as UTF-8, umlauts and all', async () => {
    await expect(readFile(new Blob(['path,question,de\nx,q,Schmerzstärke']), 'text')).resolves.toBe('path,question,de\nx,q,Schmerzstärke');
  });

  it('reads binary content as base64', async () => {
    await expect(readFile(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]), 'base64')).resolves.toBe('UEsDBA==');
  });
});
