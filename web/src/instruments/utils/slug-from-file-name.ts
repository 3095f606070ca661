/**
 * A key suggestion from a file name: `Real Medical Service (v2).json` → `real-medical-service-v2`.
 * Accents are dropped, anything else that is not a letter or digit becomes a hyphen.
 */
export function slugFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}
