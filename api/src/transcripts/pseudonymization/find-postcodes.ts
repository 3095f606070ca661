import type { RawIdentifier } from './identifier-candidate.js';

// Dutch: four digits (no leading zero), an optional space, two capitals; SA, SD and SS are never issued.
const DUTCH = /(?<![\p{L}\p{N}])[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])/gu;
// Four digits and two capitals that are a year and an acronym ("2024 AI"), not an address.
const NOT_DUTCH_LETTERS = new Set(['AI', 'KI', 'IA', 'CT', 'MR', 'OK', 'EU', 'US', 'UK', 'NL', 'DE', 'IT', 'EN', 'PC', 'TV', 'VS', 'GB']);

// German and Italian: five digits, optionally with a country prefix, followed by a place name
// ("48149 Münster", "38122 Trento") or after a postcode word ("PLZ 48149", "CAP 38122").
const FIVE_DIGITS_BEFORE_PLACE = /(?<![\p{L}\p{N}.,-])(?:(?:D|I|DE|IT)-)?\d{5}(?![\p{N}]|[.,]\p{N})(?=[ \t]+(\p{Lu}[\p{Ll}\p{M}]+))/gu;
// (Matched forward, not with a lookbehind: a variable-length lookbehind rescans long runs of spaces at every position.)
const FIVE_DIGITS_AFTER_WORD = /(?<![\p{L}\p{N}])(?:PLZ|CAP|Postleitzahl|[Pp]ostcode|[Cc]odice postale)[:.]?[ \t]{0,3}(?<code>(?:(?:D|I|DE|IT)-)?\d{5})(?!\p{N})/gu;
// Capitalised words that follow a five-digit number without being a place: German nouns of amount.
const NOT_PLACES = new Set([
  'euro', 'euros', 'dollar', 'franken', 'pfund', 'mal', 'jahre', 'jahren', 'tage', 'tagen', 'stunden', 'minuten', 'sekunden',
  'menschen', 'patienten', 'patientinnen', 'personen', 'fälle', 'fällen', 'einwohner', 'mitarbeiter', 'bilder', 'aufnahmen',
  'scans', 'studien', 'teilnehmer', 'stück', 'punkte', 'kilometer', 'meter', 'voxel', 'pixel', 'datensätze', 'schnitte',
]);

/** Postcodes: Dutch "6525 GA"; German and Italian five-digit codes next to a place name or a postcode word. */
export function findPostcodes(text: string): RawIdentifier[] {
  const dutch = [...text.matchAll(DUTCH)].flatMap((match) =>
    NOT_DUTCH_LETTERS.has(match[0].slice(-2)) ? [] : [{ start: match.index, end: match.index + match[0].length, kind: 'postcode' as const }],
  );
  const beforePlace = [...text.matchAll(FIVE_DIGITS_BEFORE_PLACE)].flatMap((match) =>
    NOT_PLACES.has(match[1].toLowerCase()) ? [] : [{ start: match.index, end: match.index + match[0].length, kind: 'postcode' as const }],
  );
  const afterWord = [...text.matchAll(FIVE_DIGITS_AFTER_WORD)].map((match) => {
    const end = match.index + match[0].length;
    return { start: end - (match.groups?.code.length ?? 0), end, kind: 'postcode' as const };
  });
  return [...dutch, ...beforePlace, ...afterWord];
}
