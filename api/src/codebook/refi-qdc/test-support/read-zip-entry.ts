import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * One file of a zip archive, found by name case-insensitively (exporters write both project.qde
 * and Project.qde). Reads the central directory; supports stored and deflated entries, not zip64.
 */
export function readZipEntryWithNode(archive: Buffer, name: string): Buffer {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let end = -1;
  for (let offset = archive.length - 22; offset >= Math.max(0, archive.length - 65_557); offset -= 1) {
    if (archive.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new Error('Not a zip archive (no end of central directory)');
  const entries = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index += 1) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error('Corrupt zip central directory');
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localHeader = archive.readUInt32LE(offset + 42);
    const entryName = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName.toLowerCase() === name.toLowerCase()) {
      const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`Unsupported zip compression method ${method} for ${entryName}`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive`);
}

/** One file of a zip archive: via /usr/bin/unzip when installed, otherwise the reader above. */
export function readZipEntry(archivePath: string, name: string): Buffer {
  if (existsSync('/usr/bin/unzip')) {
    for (const candidate of [name, name.charAt(0).toUpperCase() + name.slice(1)]) {
      const result = spawnSync('/usr/bin/unzip', ['-p', archivePath, candidate], { maxBuffer: 64 * 1024 * 1024 });
      if (result.status === 0 && result.stdout.length > 0) return result.stdout;
    }
  }
  return readZipEntryWithNode(readFileSync(archivePath), name);
}

/**
 * The <CodeBook> element of a REFI-QDA project (.qde) as a standalone codebook document, with the
 * codebook namespace added (inside a project it inherits the project namespace).
 */
export function codebookOfProject(projectXml: string): string {
  const match = /<CodeBook\b[^>]*>[\s\S]*<\/CodeBook>/.exec(projectXml);
  if (!match) throw new Error('The project has no <CodeBook>');
  const openingTag = /^<CodeBook\b[^>]*>/.exec(match[0])?.[0] ?? '<CodeBook>';
  const element = /\sxmlns=/.test(openingTag) ? match[0] : match[0].replace(/^<CodeBook\b/, '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  return `<?xml version="1.0" encoding="utf-8"?>\n${element}`;
}
