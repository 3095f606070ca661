// Month names of the study's languages (nl, de, it, en), full and abbreviated, lower case.
export const FULL_MONTH_NAMES: readonly string[] = [
  // nl
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  // de (Jänner in Austria)
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'dezember',
  // it
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  // en
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
];

/** Abbreviations count only with a dot or a year ("12 jan. 2024", "Jan 2024"): "Jan" alone is a first name. */
export const ABBREVIATED_MONTH_NAMES: readonly string[] = [
  'jan', 'feb', 'febr', 'mrt', 'mar', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec', 'dez',
  'gen', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic',
];
