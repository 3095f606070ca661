import type { IdentifierKind, RawIdentifier } from './identifier-candidate.js';

// Which kind wins when two findings cover exactly as much text: the more specific one.
const PREFERENCE: Record<IdentifierKind, number> = { email: 0, url: 1, name: 2, hospital: 3, date: 4, postcode: 5, phone: 6, capitalized: 7 };

function isTentative(identifier: RawIdentifier): boolean {
  return identifier.kind === 'capitalized';
}

/**
 * Sorted findings that do not overlap. Findings with a fixed placeholder (the project's list) and
 * all definite kinds go first, longer before shorter, then by PREFERENCE; tentative capitalised
 * words only fill what is left. Runs in time proportional to the covered text, not to pairs of findings.
 */
export function selectNonOverlapping(identifiers: readonly RawIdentifier[], textLength: number): RawIdentifier[] {
  const ordered = [...identifiers]
    .filter((identifier) => identifier.end > identifier.start)
    .sort(
      (a, b) =>
        Number(isTentative(a)) - Number(isTentative(b)) ||
        b.end - b.start - (a.end - a.start) ||
        Number(b.placeholder !== undefined) - Number(a.placeholder !== undefined) ||
        PREFERENCE[a.kind] - PREFERENCE[b.kind] ||
        a.start - b.start,
    );
  const taken = new Uint8Array(textLength);
  const chosen: RawIdentifier[] = [];
  for (const identifier of ordered) {
    if (taken.subarray(identifier.start, identifier.end).includes(1)) continue;
    taken.fill(1, identifier.start, identifier.end);
    chosen.push(identifier);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
