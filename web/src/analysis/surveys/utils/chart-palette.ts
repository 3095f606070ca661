// Red–grey–blue (after ColorBrewer RdBu), from the most negative to the most positive answer; the
// neutral middle is grey so it reads as neither side. Distinguishable in print and for most readers
// with a red–green colour vision deficiency.
const NEGATIVE = ['#67001f', '#b2182b', '#d6604d', '#f4a582'] as const;
const POSITIVE = ['#92c5de', '#4393c3', '#2166ac', '#053061'] as const;
const NEUTRAL = '#bdbdbd';

/** One colour per choice of a k-point scale, lowest first. */
export function divergingColors(k: number): string[] {
  const side = Math.floor(k / 2);
  const negative = Array.from({ length: side }, (_, i) => NEGATIVE[Math.max(0, NEGATIVE.length - side + i)] ?? NEGATIVE[0]);
  const positive = Array.from({ length: side }, (_, i) => POSITIVE[Math.min(POSITIVE.length - 1, i)] ?? POSITIVE[3]);
  return k % 2 === 1 ? [...negative, NEUTRAL, ...positive] : [...negative, ...positive];
}

/** Colours of groups side by side (stakeholder groups, centers): qualitative, not ordered. */
export const GROUP_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#e15759', '#76b7b2', '#edc948', '#9c755f'] as const;
