import type { RawIdentifier } from './identifier-candidate.js';
import { escapeRegExp, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './word-boundary.js';

// Hospitals named by themselves: the study's centers and well-known others in NL, DE and IT.
const KNOWN_HOSPITALS = [
  'Radboudumc', 'Radboud UMC', 'Radboud universitair medisch centrum', 'Erasmus MC', 'Amsterdam UMC', 'UMC Utrecht', 'Maastricht UMC+',
  'UMCG', 'UMCU', 'LUMC', 'AMC', 'VUmc', 'MUMC+', 'MUMC', 'CWZ', 'Antoni van Leeuwenhoek', 'Prinses Máxima Centrum', 'Isala', 'Rijnstate',
  'Gelre', 'Maasstad', 'Amphia', 'Zuyderland', 'ETZ', 'Sint Maartenskliniek',
  'UKM', 'UKD', 'UKL', 'UKE', 'UKA', 'UKB', 'UKJ', 'UKR', 'UKS', 'UKT', 'UKW', 'UKK', 'UKGM', 'UKSH', 'MHH', 'Charité',
  'APSS', 'Santa Chiara', 'San Raffaele', 'Gemelli', 'Humanitas', 'Careggi', 'Niguarda', 'Besta',
];
const KNOWN = new RegExp(
  `${NOT_AFTER_WORD}(?:${[...KNOWN_HOSPITALS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}_+])`,
  'gu',
);

const PARTICLE = String.raw`(?:der|des|di|del|della|dei|degli|am|an|im|van|de|het|St\.|San|Santa|Santo|Sint|Sankt)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
// A name-first match starts only where a word starts; hyphens and apostrophes join words
// ("Jean-Luc"), so it must not start after them either (which also keeps "A-A-A-…" linear).
// Keyword-first matches may follow an apostrophe: Italian elides "all'Ospedale".
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}_'’-])`;
// Keyword then name: "Klinikum Dortmund", "Universitätsklinikum Münster", "Ospedale di Rovereto", "ziekenhuis Gelderse Vallei".
const KEYWORD_FIRST = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:Universitätsklinikum|Universitätsklinik|Uniklinikum|Uniklinik|Klinikum|Klinik|Krankenhaus|Spital|Ziekenhuis|ziekenhuis|Medisch Centrum|Ospedale|ospedale|Policlinico|Azienda Ospedaliera(?: Universitaria)?(?: Integrata)?|Istituto|Clinica|IRCCS|Hospital|UMC)(?<name>(?:[ \t]+(?:${PARTICLE}[ \t]+)*${NAME_WORD}){1,3})`,
  'gu',
);
// "UK Düsseldorf": the abbreviation takes exactly one place name.
const UK_PLACE = new RegExp(String.raw`${NOT_AFTER_WORD}UK[ \t]+(?<name>${NAME_WORD})`, 'gu');
// Name then keyword: "Canisius Wilhelmina Ziekenhuis", "Jeroen Bosch ziekenhuis", "Erasmus MC".
const NAME_FIRST = new RegExp(
  String.raw`${WORD_START}(?<name>(?:${NAME_WORD}[ \t]+){1,3})(?:Ziekenhuis|ziekenhuis|Krankenhaus|Klinikum|Klinik|Kliniek|kliniek|Hospital|MC|UMC|Medisch Centrum)${NOT_BEFORE_WORD}`,
  'gu',
);
// One word: "Elisabeth-Krankenhaus", "Marienhospital", "Maartenskliniek".
const COMPOUND = /(?<![\p{L}\p{M}\p{N}_])(?<prefix>\p{Lu}[\p{L}\p{M}.]*?)-?(?:[Kk]rankenhaus|[Kk]linikum|[Kk]linik|[Zz]iekenhuis|[Kk]liniek|[Hh]ospital|[Ss]pital)(?![\p{L}\p{M}\p{N}_])/gu;

// Words that start a sentence or a noun phrase, not a hospital's name ("Das Krankenhaus", "Het ziekenhuis").
const DETERMINERS = new Set([
  'het', 'de', 'een', 'dat', 'dit', 'ons', 'onze', 'mijn', 'uw', 'jullie', 'hun', 'elk', 'ieder', 'welk', 'welke', 'in', 'naar',
  'das', 'die', 'der', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einer', 'eines', 'im', 'ins', 'am', 'zum', 'zur', 'vom', 'beim',
  'unser', 'unsere', 'unserem', 'unseren', 'mein', 'meine', 'meinem', 'meinen', 'ihr', 'ihre', 'ihrem', 'dieses', 'diesem', 'diese',
  'jedes', 'welches', 'kein', 'keine', 'jedem', 'the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'their', 'every', 'il', 'lo',
  'la', 'un', 'una', 'uno', 'nel', 'nello', 'nella', 'all', 'allo', 'alla', 'dal', 'dallo', 'dalla', 'del', 'dello', 'della',
  'questo', 'quello', 'nostro', 'mio', 'suo',
]);
// Capitalised German words that follow "Klinikum"/"Krankenhaus" in a sentence without naming it.
const NOT_NAMES = new Set([
  'sie', 'ich', 'er', 'es', 'wir', 'ihr', 'man', 'ärzte', 'arzt', 'ärztin', 'ärztinnen', 'patienten', 'patient', 'patientin',
  'mitarbeiter', 'personal', 'team', 'pflege', 'station', 'abteilung', 'radiologie', 'neurochirurgie', 'neurologie',
  'strahlentherapie', 'mrt', 'ct', 'pet', 'ki', 'bilder', 'befund', 'befunde', 'termin', 'termine', 'behandlung', 'therapie',
  'operation', 'op', 'aufnahme', 'aufnahmen', 'diagnose', 'wartezimmer', 'zeit', 'jahr', 'jahre', 'woche', 'wochen', 'tag', 'tage',
  'monat', 'monate', 'mal', 'leute', 'menschen', 'kollegen', 'kolleginnen', 'daten', 'software', 'programm', 'system', 'systeme',
  'studie', 'studien', 'gespräch', 'gespräche', 'ergebnis', 'ergebnisse', 'hause', 'haus', 'ai', 'mri', 'and', 'und', 'en', 'e',
]);
// Prefixes of generic compounds: "Universitätsklinikum", "Kinderklinik", "Dagkliniek" name no particular hospital.
const GENERIC_PREFIXES = new Set([
  'universitäts', 'uni', 'kinder', 'kreis', 'fach', 'privat', 'tages', 'reha', 'frauen', 'augen', 'haut', 'strahlen', 'poli', 'akut',
  'spezial', 'stadt', 'land', 'bezirks', 'zahn', 'tier', 'lehr', 'herz', 'tumor', 'neuro', 'kur', 'dag', 'oog', 'streek',
  'academisch', 'algemeen', 'spoed', 'privé', 'psychiatrische', 'psychiatrie', 'kranken', 'not', 'schwerpunkt', 'maximalversorgungs',
]);

function match(start: number, end: number): RawIdentifier {
  return { start, end, kind: 'hospital' };
}

const PARTICLE_ONLY = new RegExp(`^${PARTICLE}$`, 'u');

function wordsOf(name: string): { word: string; index: number }[] {
  return [...name.matchAll(/\S+/g)].map((word) => ({ word: word[0], index: word.index }));
}

function isOrdinaryWord(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase().replace(/[.'’]+$/, ''));
}

/** Keyword then name: the name ends before the first ordinary word ("Klinikum Münster Ärzte" → "Klinikum Münster"). */
function keywordFirst(text: string, pattern: RegExp): RawIdentifier[] {
  return [...text.matchAll(pattern)].flatMap((found) => {
    const name = found.groups?.name ?? '';
    const nameStart = found.index + found[0].length - name.length;
    const words = wordsOf(name);
    const stop = words.findIndex(({ word }) => isOrdinaryWord(word));
    const kept = stop < 0 ? words : words.slice(0, stop);
    while (kept.length > 0 && PARTICLE_ONLY.test(kept[kept.length - 1].word)) kept.pop();
    const last = kept.at(-1);
    return last ? [match(found.index, nameStart + last.index + last.word.length)] : [];
  });
}

/** Name then keyword: determiners in front are not part of the name ("Das Elisabeth Krankenhaus" → "Elisabeth Krankenhaus"). */
function nameFirst(text: string): RawIdentifier[] {
  return [...text.matchAll(NAME_FIRST)].flatMap((found) => {
    const words = wordsOf(found.groups?.name ?? '');
    const first = words.find(({ word }) => !DETERMINERS.has(word.toLowerCase()) && !isOrdinaryWord(word));
    return first ? [match(found.index + first.index, found.index + found[0].length)] : [];
  });
}

/**
 * Hospital names: known ones (Radboudumc, UKM, Charité, Santa Chiara …), a hospital word with a
 * name after it ("Klinikum Dortmund", "Ospedale di Rovereto", "UK Düsseldorf") or before it
 * ("Canisius Wilhelmina Ziekenhuis", "Erasmus MC"), and named compounds ("Elisabeth-Krankenhaus").
 * The bare words ("het ziekenhuis", "das Klinikum", "Universitätsklinikum") are not identifiers.
 */
export function findHospitals(text: string): RawIdentifier[] {
  const known = [...text.matchAll(KNOWN)].map((found) => match(found.index, found.index + found[0].length));
  const compounds = [...text.matchAll(COMPOUND)].flatMap((found) =>
    GENERIC_PREFIXES.has((found.groups?.prefix ?? '').toLowerCase().replace(/[.-]+$/, '')) ? [] : [match(found.index, found.index + found[0].length)],
  );
  return [...known, ...keywordFirst(text, KEYWORD_FIRST), ...keywordFirst(text, UK_PLACE), ...nameFirst(text), ...compounds];
}
