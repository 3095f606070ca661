// Mammoth's HTML is small and regular (p, h1-h6, li, table/tr/td, br, strong, em, a, sup, img),
// so a tokenizer is enough. Going through HTML instead of mammoth's raw text keeps manual line
// breaks (Shift+Enter), which raw text drops, gluing the words on either side together, and lets
// transcripts typed as a table (speaker | utterance) read as "speaker: utterance".

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
// A leading table cell this short and on one line is a speaker or a time, not an utterance.
const MAX_LABEL_CELL_LENGTH = 40;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? entity;
  });
}

/** Text collected for one container: the document body or one table cell. */
interface Container {
  paragraphs: string[];
  current: string;
}

interface TableContext {
  rows: string[][];
  cells: string[];
}

function flush(container: Container): void {
  if (container.current.trim() !== '') container.paragraphs.push(container.current);
  container.current = '';
}

function formatRow(cells: readonly string[]): string {
  const filled = cells.map((cell) => cell.trim());
  const last = filled.at(-1) ?? '';
  const leading = filled.slice(0, -1).filter((cell) => cell !== '');
  const leadingIsLabel = leading.length > 0 && last !== '' && leading.every((cell) => cell.length <= MAX_LABEL_CELL_LENGTH && !cell.includes('\n'));
  if (!leadingIsLabel) return filled.filter((cell) => cell !== '').join('\t');
  const label = leading.join(' ');
  return `${label.endsWith(':') ? label : `${label}:`} ${last}`;
}

/** Plain text of mammoth's HTML: one paragraph per block, separated by a blank line; <br> becomes a line break. */
export function docxHtmlToText(html: string): string {
  const containers: Container[] = [{ paragraphs: [], current: '' }];
  const tables: TableContext[] = [];
  // Inside the "↑" back link of a footnote, text is dropped.
  let skipDepth = 0;
  // A footnote is listed as <li id="footnote-1">; "[1] " in front of its text keeps it linked to the "[1]" in the body.
  let notePrefix = '';
  const top = (): Container => containers[containers.length - 1];

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawName, attributes, text] = match;
    if (text !== undefined) {
      if (skipDepth > 0) continue;
      const container = top();
      if (container.current === '' && notePrefix !== '') {
        container.current = notePrefix;
        notePrefix = '';
      }
      container.current += decodeEntities(text);
      continue;
    }
    const name = rawName.toLowerCase();
    const isClosing = closing === '/';
    if (name === 'a') {
      if (!isClosing && /href="#footnote-ref-|href="#endnote-ref-/.test(attributes)) skipDepth += 1;
      else if (isClosing && skipDepth > 0) skipDepth -= 1;
    } else if (name === 'br') {
      top().current += '\n';
    } else if (BLOCKS.has(name)) {
      flush(top());
      const note = /id="(?:footnote|endnote)-(\d+)"/.exec(attributes);
      if (!isClosing && name === 'li' && note) notePrefix = `[${note[1]}] `;
    } else if (name === 'table') {
      if (!isClosing) {
        flush(top());
        tables.push({ rows: [], cells: [] });
      } else {
        const table = tables.pop();
        if (table) for (const row of table.rows) top().paragraphs.push(formatRow(row));
      }
    } else if (name === 'tr') {
      const table = tables.at(-1);
      if (table && isClosing) {
        table.rows.push(table.cells);
        table.cells = [];
      }
    } else if (name === 'td' || name === 'th') {
      if (!isClosing) {
        containers.push({ paragraphs: [], current: '' });
      } else if (containers.length > 1) {
        const cell = containers.pop();
        if (cell) {
          flush(cell);
          tables.at(-1)?.cells.push(cell.paragraphs.join('\n'));
        }
      }
    }
  }
  flush(containers[0]);
  return containers[0].paragraphs.join('\n\n');
}
