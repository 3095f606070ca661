// Markdown transcripts come from note-taking apps and transcription services. Stripping keeps
// every line where it was (a removed line becomes an empty line), so the text reads as written
// and speaker labels such as "**Interviewer:**" become plain "Interviewer:".

const FENCE = /^ {0,3}(?:```|~~~)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$/;

// Emphasis spans no longer than this are unwrapped; the bound keeps a line full of unmatched
// "**" linear instead of quadratic.
const MAX_SPAN = 500;

// Escaped punctuation is parked on a private-use character while markup is removed, then restored.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
const PARKED = /\ue000(\d+)\ue001/g;

// Link texts exclude brackets and link targets exclude parentheses, so each scan stops at the next
// bracket: a line of a hundred thousand "[" stays linear.
const INLINE_RULES: readonly [RegExp, string][] = [
  [/`([^`\n]+)`/g, '$1'],
  [/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1'],
  [/\[([^[\]\n]+)\]\([^()\n]*\)/g, '$1'],
  [/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, '$1'],
  [/<((?:https?:\/\/|mailto:)[^<>\s]+)>/g, '$1'],
  // A line break tag inside a line becomes a space so the words on either side stay apart.
  [/<br\s*\/?>/gi, ' '],
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ''],
  [new RegExp(String.raw`(\*\*|__)(?=\S)([^\n]{0,${MAX_SPAN}}?\S)\1`, 'g'), '$2'],
  [/(?<![\p{L}\p{N}*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1'],
  [/(?<![\p{L}\p{N}_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1'],
  [new RegExp(String.raw`~~(?=\S)([^\n]{0,${MAX_SPAN}}?\S)~~`, 'g'), '$1'],
];

/** "Title ##" → "Title": a closing run of # after a space belongs to the heading markup. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === text.length) return text;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end).trimEnd() : text;
}

function stripLine(line: string, previous: string | undefined): string {
  if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DELIMITER_ROW.test(line)) return '';
  // A line of = or - under a text line underlines a heading.
  if (SETEXT_UNDERLINE.test(line) && previous !== undefined && previous.trim() !== '') return '';
  let result = line.replace(BLOCKQUOTE, '');
  const heading = ATX_HEADING.exec(result);
  if (heading) result = withoutClosingHashes(result.slice(heading[0].length).trimEnd());
  result = result.replace(BULLET, '$1');
  for (const [pattern, replacement] of INLINE_RULES) result = result.replace(pattern, replacement);
  return result;
}

/** Markdown to plain text, one output line per input line: headings, emphasis, links, code and quotes lose their markup. */
export function stripMarkdown(markdown: string): string {
  const parked: string[] = [];
  const lines = markdown.split('\n');
  let inFence = false;
  const output = lines.map((line, index) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence) return line;
    const escaped = line.replace(ESCAPE, (_match, character: string) => `\ue000${parked.push(character) - 1}\ue001`);
    return stripLine(escaped, lines[index - 1]);
  });
  return output.join('\n').replace(PARKED, (_match, position: string) => parked[Number(position)] ?? '');
}
