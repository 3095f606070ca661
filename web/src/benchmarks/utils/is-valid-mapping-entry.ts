/**
 * The editor's check before saving (the API checks the same): all numbers finite, a weight ≥ 0,
 * and the best value on the better side of the worst one for the chosen direction.
 */
export function isValidMappingEntry(direction: 'higher' | 'lower', worstText: string, bestText: string, weightText: string): boolean {
  if ([worstText, bestText, weightText].some((text) => text.trim() === '')) return false;
  const [worst, best, weight] = [worstText, bestText, weightText].map((text) => Number(text.replace(',', '.')));
  if (![worst, best, weight].every(Number.isFinite) || weight < 0) return false;
  return direction === 'higher' ? best > worst : best < worst;
}

/** Reads a number typed with a decimal point or comma. */
export function typedNumber(text: string): number {
  return Number(text.trim().replace(',', '.'));
}
