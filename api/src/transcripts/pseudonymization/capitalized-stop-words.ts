import type { PseudonymizationLanguage } from './pseudonymization-language.js';

// Capitalised words that are not names, so they are not offered as candidates. Every language:
// months, weekdays, titles, the study's own vocabulary and the countries involved.
const SHARED = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio',
  'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'dr', 'prof', 'mr', 'mrs', 'ms', 'mw', 'dhr', 'mevr', 'sig', 'sig.ra', 'dott', 'dott.ssa',
  'ai', 'ki', 'ia', 'mri', 'mrt', 'rm', 'ct', 'pet', 'fet', 'google', 'chatgpt', 'internet', 'europa', 'europe', 'nederland',
  'duitsland', 'italië', 'deutschland', 'germania', 'italia', 'italy', 'germany', 'netherlands', 'holland', 'covid', 'corona',
  'whatsapp', 'excel', 'word', 'windows', 'microsoft', 'apple', 'iphone', 'youtube', 'facebook', 'who', 'nhs', 'god', 'gott', 'dio',
];
const BY_LANGUAGE: Record<Exclude<PseudonymizationLanguage, 'de'>, readonly string[]> = {
  // Dutch: the polite pronoun U/Uw is capitalised, and so are nationalities and languages.
  nl: [
    'u', 'uw', 'nederlands', 'nederlandse', 'duits', 'duitse', 'italiaans', 'italiaanse', 'engels', 'engelse', 'europese',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'kerst', 'pasen', 'sinterklaas', 'oké', 'ok',
  ],
  // Italian: the polite pronouns Lei, La, Le, Suo are capitalised mid-sentence.
  it: ['lei', 'la', 'le', 'suo', 'sua', 'suoi', 'sue', 'ella', 'loro', 'voi', 'natale', 'pasqua', 'ok', 'okay'],
  // English: I and its contractions, nationalities and languages.
  en: [
    'i', "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll', 'dutch', 'german', 'italian', 'english', 'european', 'christmas',
    'easter', 'ok', 'okay', 'mr', 'mrs', 'miss',
  ],
};

/** The words not to offer as names in the given language (all non-German lists when it is unknown), lower case. */
export function capitalizedStopWords(language: Exclude<PseudonymizationLanguage, 'de'> | undefined): ReadonlySet<string> {
  const specific = language === undefined ? Object.values(BY_LANGUAGE).flat() : BY_LANGUAGE[language];
  return new Set([...SHARED, ...specific]);
}
