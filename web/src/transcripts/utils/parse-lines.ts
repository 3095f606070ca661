/** The lines of a text area, trimmed, each once, of a length the server takes (names, speaker labels). */
export function parseLines(text: string, { min = 1, max = 80 }: { min?: number; max?: number } = {}): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= min && line.length <= max);
  return [...new Set(lines)];
}
