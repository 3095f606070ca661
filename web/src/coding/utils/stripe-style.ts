import type { CSSProperties } from 'react';

/** Height and spacing of one coding's underline, in pixels. */
const STRIPE = 3;
const GAP = 2;

/**
 * Underlines in the codes' colours, stacked from the baseline down, one per coding on the text:
 * overlapping codings read as layered stripes, as in MAXQDA, on an ordinary inline span.
 */
export function stripeStyle(colors: readonly string[], tint: string | null = null): CSSProperties {
  const style: CSSProperties = {};
  if (tint) style.backgroundColor = tint;
  if (colors.length === 0) return style;
  style.backgroundImage = colors.map((color) => `linear-gradient(${color}, ${color})`).join(', ');
  style.backgroundSize = colors.map(() => `100% ${STRIPE}px`).join(', ');
  style.backgroundPosition = colors.map((_, layer) => `0 calc(100% - ${layer * (STRIPE + GAP)}px)`).join(', ');
  style.backgroundRepeat = 'no-repeat';
  style.paddingBottom = `${(colors.length - 1) * (STRIPE + GAP) + STRIPE + 1}px`;
  return style;
}
