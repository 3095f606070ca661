/**
 * Breaks a chart label into lines of at most `width` characters at spaces (long words are cut), so
 * long Dutch, German or Italian question and choice texts stay readable next to a bar. More than
 * `maxLines` lines end in an ellipsis; the full text stays in the table beside the chart.
 */
export function wrapLabel(text: string, width = 28, maxLines = 4): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces = word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= width) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept.join('\n');
}
