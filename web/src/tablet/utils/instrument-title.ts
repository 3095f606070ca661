import type { Language } from '../../app/languages';
import type { SurveyInstrument } from '../api/survey-instrument';

/** The instrument's title in the reader's language, else English, else its key. */
export function instrumentTitle(instrument: SurveyInstrument, language: Language): string {
  return instrument.title[language] ?? instrument.title.en ?? instrument.key;
}

/** The version a new tablet session or invitation would use: the newest published one. */
export function publishedVersion(instrument: SurveyInstrument): number | null {
  const published = instrument.versions.filter((version) => version.status === 'published').map((version) => version.version);
  return published.length > 0 ? Math.max(...published) : null;
}
