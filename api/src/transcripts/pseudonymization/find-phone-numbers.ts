import type { RawIdentifier } from './identifier-candidate.js';

// A number starts with a country code (+31, 0049), an area code in brackets, or digits; every
// further group needs a separator first (dash, slash, dot, "(0)", or a space before two or more
// digits, so "06-12345678 2 keer" stops before the "2"). Requiring the separator keeps the
// pattern linear: no run of digits can be split into groups in more than one way.
const PHONE =
  /(?<![\p{L}\p{N}+/.-])(?:\+?\d+|\(\+?\d{1,5}\))(?:(?:[ \t]?[-/.][ \t]?|[ \t]?\(0\)[ \t]?)\(?\d+\)?|[ \t]\(?\d{2,}\)?)*(?![\p{L}\p{N}])/gu;
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/**
 * Phone numbers in international (+31 24 361 1111, 0049 251 83-0, +39 0461 123456) and national
 * formats (024-3611111, 0251/83-12345, (030) 1234567, 06 12 34 56 78, Italian mobiles 347 1234567):
 * 7 to 15 digits starting with +, 00, 0, a bracket or an Italian mobile prefix 3xx. Lists of years
 * ("2019 2020 2021") and amounts do not start that way.
 */
export function findPhoneNumbers(text: string): RawIdentifier[] {
  return [...text.matchAll(PHONE)].flatMap((match) => {
    const number = match[0];
    const digits = number.replace(/\D/g, '');
    if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return [];
    const plausibleStart = /^[+(]/.test(number) || digits.startsWith('0') || /^3\d{2}[ \t-]?\d{6,7}$/.test(number);
    return plausibleStart ? [{ start: match.index, end: match.index + number.length, kind: 'phone' as const }] : [];
  });
}
