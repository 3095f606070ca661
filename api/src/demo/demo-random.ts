/**
 * A small seeded pseudo-random generator for demo data: the same seed gives the same answers on
 * every machine, so the demo (and tests reading it) never change between runs.
 */
export interface DemoRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Roughly normal (sum of uniforms), mean and standard deviation as given. */
  normal(mean: number, sd: number): number;
  /** An integer on a 1–5 style scale around `mean`, clamped to [min, max]. */
  scale(mean: number, sd: number, min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with the given relative weights. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
}

/** FNV-1a: a stable 32-bit seed from a text such as a participant's demo key. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for plausible demo answers (not for anything secret). */
export function demoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number): number => {
    // Irwin–Hall with 6 uniforms: variance 1/2, so scale by √2.
    let sum = 0;
    for (let i = 0; i < 6; i += 1) sum += next();
    return mean + (sum - 3) * Math.SQRT2 * sd;
  };
  return {
    next,
    chance: (p) => next() < p,
    normal,
    scale: (mean, sd, min, max) => Math.min(max, Math.max(min, Math.round(normal(mean, sd)))),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [item, weight] of items) {
        point -= weight;
        if (point < 0) return item;
      }
      return items[items.length - 1][0];
    },
  };
}
