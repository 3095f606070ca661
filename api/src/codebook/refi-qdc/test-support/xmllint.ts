import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const XMLLINT = '/usr/bin/xmllint';
export const hasXmllint = existsSync(XMLLINT);

/** Validates an XML document against an XSD with xmllint; returns xmllint's messages when invalid. */
export function validateWithXmllint(xml: string, schemaPath: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'polyphony-qdc-'));
  try {
    const file = path.join(dir, 'codebook.qdc');
    writeFileSync(file, xml, 'utf8');
    const result = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', schemaPath, file], { encoding: 'utf8' });
    return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
