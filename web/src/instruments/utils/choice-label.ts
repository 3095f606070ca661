import type { DictionaryChoice } from '../api/dictionary-entry';
import { localizedText } from './localized-text';

/** What a respondent sees for a choice in the given language; SurveyJS shows the value when there is no text. */
export function choiceLabel(choice: DictionaryChoice, language: string): string {
  return localizedText(choice.text, language) ?? localizedText(choice.label, language) ?? String(choice.value);
}
