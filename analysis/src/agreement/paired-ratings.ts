import { AgreementInputError } from './agreement-input-error.js';

/** What two coders' ratings of the same units have in common, over the pairable units only. */
export interface PairedRatings {
  /** Units where both coders gave a value. */
  readonly pairs: number;
  /** Pairable units where they gave the same value. */
  readonly agreements: number;
  /** Σ over categories of (times the first coder used it) × (times the second did); 0 when pairs = 0. */
  readonly marginalProducts: number;
}

/**
 * Tabulates two coders' ratings unit by unit, skipping units where either has no value (null).
 * Throws when the arrays differ in length, since then units cannot be matched.
 */
export function pairRatings(
  a: ReadonlyArray<string | null>,
  b: ReadonlyArray<string | null>,
): PairedRatings {
  if (a.length !== b.length) {
    throw new AgreementInputError(
      'AGREEMENT_LENGTH_MISMATCH',
      `the two coders rated a different number of units (${a.length} and ${b.length})`,
      { first: a.length, second: b.length },
    );
  }
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let pairs = 0;
  let agreements = 0;
  for (let unit = 0; unit < a.length; unit++) {
    const x = a[unit];
    const y = b[unit];
    if (x === null || y === null || x === undefined || y === undefined) continue;
    pairs++;
    if (x === y) agreements++;
    first.set(x, (first.get(x) ?? 0) + 1);
    second.set(y, (second.get(y) ?? 0) + 1);
  }
  let marginalProducts = 0;
  for (const [category, count] of first) marginalProducts += count * (second.get(category) ?? 0);
  return { pairs, agreements, marginalProducts };
}
