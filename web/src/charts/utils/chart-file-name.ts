/** A download name a file system accepts: letters, digits and dashes, never empty. */
export function chartFileName(base: string, extension: 'png' | 'svg'): string {
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${safe || 'chart'}.${extension}`;
}
