/**
 * The next word boundary from a UTF-16 offset. With `edge` 'end' (the default): forward, the end of
 * the next word; backward, the end of the previous one (or 0). With 'start': the start of the next
 * or previous word. A "word" is what stands between spaces, so "Anna-Lisa," and 👩🏽‍⚕️ are one step
 * each, as a reader counts them.
 */
export function moveByWord(text: string, offset: number, direction: 'forward' | 'backward', edge: 'start' | 'end' = 'end'): number {
  const boundaries: number[] = [];
  for (const match of text.matchAll(/\S+/gu)) boundaries.push(edge === 'end' ? match.index + match[0].length : match.index);
  if (direction === 'forward') return boundaries.find((boundary) => boundary > offset) ?? text.length;
  const previous = boundaries.filter((boundary) => boundary < offset);
  return previous[previous.length - 1] ?? 0;
}
