// Line breaks of every origin: Windows (CRLF), classic Mac (CR), Unicode line/paragraph
// separators, NEL, and the vertical tab and form feed Word exports for soft breaks and page breaks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAK = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
// Invisible controls that carry no text: C0 except tab and line feed, DEL, C1, and the zero-width
// no-break space (a byte order mark left inside concatenated files). Zero-width joiners stay: emoji need them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff]/g;
// Four or more line breaks are three or more blank lines.
const BLANK_LINE_RUN = /\n{4,}/g;

/**
 * The one normal form every imported transcript is stored in, so offsets stay valid whoever reads
 * the text later: LF line breaks, NFC (é is one code point, not e + U+0301), no trailing whitespace
 * on any line, at most two blank lines in a row, no blank lines at the start or the end.
 * Idempotent: normalizing a normalized text changes nothing.
 */
export function normalizeTranscriptText(raw: string): string {
  const lines = raw.replace(LINE_BREAK, '\n').replace(INVISIBLE_CONTROL, '').normalize('NFC').split('\n');
  // trimEnd per line, not /\s+$/gm: that pattern retries at every space of a long run and takes quadratic time.
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(BLANK_LINE_RUN, '\n\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}
