import type { RawIdentifier } from './identifier-candidate.js';
import { ABBREVIATED_MONTH_NAMES, FULL_MONTH_NAMES } from './month-names.js';
import { escapeRegExp, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './word-boundary.js';

const MONTH = [...FULL_MONTH_NAMES, ...ABBREVIATED_MONTH_NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const YEAR = String.raw`(?:1[89]\d{2}|20\d{2}|'\d{2})`;

// 12-03-2024, 12.03.2024, 3/12/24 (the same separator twice); 2024-03-12.
const DAY_MONTH_YEAR = /(?<![\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\p{N})/gu;
const ISO_DATE = /(?<![\p{N}./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|[./-]\p{N})/gu;
// "12 maart 2024", "3. März 2024", "12 marzo", "1st of March 2024", "1° maggio".
const DAY_THEN_MONTH = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?<day>\d{1,2})(?:\.|st|nd|rd|th|°|º)?[ \t]+(?:of[ \t]+)?(?<month>${MONTH})(?<dot>\.)?(?:,?[ \t]+(?<year>${YEAR}))?${NOT_BEFORE_WORD}`,
  'giu',
);
// "March 12, 2024", "Mai 3 2024".
const MONTH_THEN_DAY = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?<month>${MONTH})(?<dot>\.)?[ \t]+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]+(?<year>${YEAR}))?${NOT_BEFORE_WORD}`,
  'giu',
);
// "maart 2024", "März 2023": month and year identify a surgery or a diagnosis too.
const MONTH_THEN_YEAR = new RegExp(String.raw`${NOT_AFTER_WORD}(?<month>${MONTH})(?<dot>\.)?,?[ \t]+(?<year>${YEAR})${NOT_BEFORE_WORD}`, 'giu');

const ABBREVIATIONS = new Set(ABBREVIATED_MONTH_NAMES);

function isDayAndMonth(first: number, second: number): boolean {
  // Day-month (European) or month-day (American) order.
  return first >= 1 && second >= 1 && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31));
}

function named(pattern: RegExp, text: string): RawIdentifier[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const { day, month = '', dot, year } = match.groups ?? {};
    if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return [];
    const abbreviated = ABBREVIATIONS.has(month.toLowerCase());
    if (abbreviated && dot === undefined && year === undefined) return [];
    // After a full month name a dot ends the sentence ("on the 1st of May.") and stays outside.
    const end = match.index + match[0].length - (!abbreviated && dot !== undefined && year === undefined && day !== undefined && match[0].endsWith('.') ? 1 : 0);
    return [{ start: match.index, end, kind: 'date' as const }];
  });
}

/** Calendar dates, numeric or with month names in Dutch, German, Italian and English. */
export function findDates(text: string): RawIdentifier[] {
  const numeric = [...text.matchAll(DAY_MONTH_YEAR)].flatMap((match) =>
    isDayAndMonth(Number(match[1]), Number(match[3])) ? [{ start: match.index, end: match.index + match[0].length, kind: 'date' as const }] : [],
  );
  const iso = [...text.matchAll(ISO_DATE)].flatMap((match) =>
    Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[3]) >= 1 && Number(match[3]) <= 31
      ? [{ start: match.index, end: match.index + match[0].length, kind: 'date' as const }]
      : [],
  );
  return [...numeric, ...iso, ...named(DAY_THEN_MONTH, text), ...named(MONTH_THEN_DAY, text), ...named(MONTH_THEN_YEAR, text)];
}
