export interface FragmentPart {
  text: string;
  match: boolean;
}

/** Splits the search's «…» markers into plain and matching parts, to render matches as <mark>. */
export function highlightedFragments(fragments: string): FragmentPart[] {
  const parts: FragmentPart[] = [];
  const pattern = /«([^«»]*)»/g;
  let last = 0;
  for (const found of fragments.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: fragments.slice(last, found.index), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    last = found.index + found[0].length;
  }
  if (last < fragments.length) parts.push({ text: fragments.slice(last), match: false });
  return parts;
}
