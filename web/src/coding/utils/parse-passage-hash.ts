import type { PassageTarget } from './passage-target';

/** Reads `#start=…&end=…` from a transcript address; null when there is no valid start. */
export function parsePassageHash(hash: string): PassageTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const startText = params.get('start') ?? '';
  if (!/^\d+$/.test(startText)) return null;
  const start = Number(startText);
  const endText = params.get('end') ?? '';
  const end = /^\d+$/.test(endText) ? Number(endText) : null;
  return { start, end: end !== null && end > start ? end : null };
}
