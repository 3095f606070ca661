import type { Language } from '../../app/languages';

export interface Center {
  code: string;
  name: string;
  city: string;
  country: string;
  defaultLanguage: Language;
}
