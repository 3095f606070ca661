import { apiClient } from '../../api/api-client';
import type { StakeholderGroup } from '../../participants/api/participant';
import type { DictionaryEntry } from './dictionary-entry';
import type { ImportResult } from './import-result';
import type { Instrument, InstrumentVersion, LocalizedText } from './instrument';
import type { TranslationFormat, TranslationImportResult } from './translation-import';

export interface ImportInstrumentInput {
  key: string;
  targetGroups: StakeholderGroup[];
  /** The SurveyJS file as text, so the server can report unparseable JSON rather than refuse it. */
  definitionText: string;
  title?: LocalizedText;
}

export interface TranslationImportInput {
  format: TranslationFormat;
  /** CSV as text, XLSX as base64. */
  content: string;
  revision: number;
}

const versionPath = (id: string) => `/api/instrument-versions/${encodeURIComponent(id)}`;

export const instrumentsApi = {
  list: () => apiClient.get<{ items: Instrument[] }>('/api/instruments').then((body) => body.items),
  importInstrument: (input: ImportInstrumentInput) => apiClient.post<ImportResult>('/api/instruments', input),
  /** Without a file, the new draft copies the newest version. */
  createDraft: (instrumentId: string, definitionText?: string) =>
    apiClient.post<ImportResult>(
      `/api/instruments/${encodeURIComponent(instrumentId)}/drafts`,
      definitionText === undefined ? {} : { definitionText },
    ),
  getVersion: (id: string) => apiClient.get<InstrumentVersion>(versionPath(id)),
  dictionary: (id: string) =>
    apiClient.get<{ items: DictionaryEntry[] }>(`${versionPath(id)}/dictionary`).then((body) => body.items),
  replaceDefinition: (id: string, definitionText: string, revision: number) =>
    apiClient.put<InstrumentVersion>(versionPath(id), { definitionText, revision }),
  publish: (id: string) => apiClient.post<InstrumentVersion>(`${versionPath(id)}/publish`),
  retire: (id: string) => apiClient.post<InstrumentVersion>(`${versionPath(id)}/retire`),
  importTranslations: (id: string, input: TranslationImportInput) =>
    apiClient.post<TranslationImportResult>(`${versionPath(id)}/translations`, input),
  exportPath: (id: string) => `${versionPath(id)}/export`,
  translationsPath: (id: string, format: TranslationFormat) => `${versionPath(id)}/translations?format=${format}`,
};
