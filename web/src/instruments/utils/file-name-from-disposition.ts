/**
 * The file name a Content-Disposition header suggests (`filename*=UTF-8''…` preferred over
 * `filename="…"`), without any folder part; null when there is none.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const name = extendedName(header) ?? quotedName(header) ?? /filename\s*=\s*([^";]+)/i.exec(header)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}

function extendedName(header: string): string | undefined {
  const value = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (!value) return undefined;
  try {
    return decodeURIComponent(value.replace(/^[\w-]*'[^']*'/, '').replace(/^"(.*)"$/, '$1'));
  } catch {
    return undefined;
  }
}

function quotedName(header: string): string | undefined {
  return /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1]?.replace(/\\(.)/g, '$1');
}
