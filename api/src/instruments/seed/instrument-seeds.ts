import type { SupportedLanguage } from '../../common/i18n/languages.js';
import type { StakeholderGroup } from '../../participants/stakeholder-groups.js';
import clinicianDefinition from './clinician-instrument.json' with { type: 'json' };
import consentTexts from './consent-texts.json' with { type: 'json' };
import patientDefinition from './patient-instrument.json' with { type: 'json' };

// The analysis tags live in one place (surveys/survey-tags.ts), shared with the validator and the web.
export { CRITERIA, MEASURES, TASKS, type Criterion, type Measure, type Task } from '../../surveys/survey-tags.js';
export { SURVEY_TAG_VALUES as ANALYSIS_TAG_PROPERTIES } from '../../surveys/survey-tags.js';

export type LocalizedText = Readonly<Record<SupportedLanguage, string>>;

/** A SurveyJS localizable string as stored in the JSON: `default` holds English. */
export interface SurveyLocalizedString {
  readonly default: string;
  readonly nl: string;
  readonly de: string;
  readonly it: string;
}

/** The parts of a SurveyJS definition this module relies on; the rest is SurveyJS's business. */
export type SurveyDefinition = Readonly<Record<string, unknown>> & {
  readonly title: SurveyLocalizedString;
  readonly pages: readonly Readonly<Record<string, unknown>>[];
};

export interface InstrumentConsent {
  readonly version: string;
  readonly text: LocalizedText;
}

export type InstrumentKey = 'patient-meaningful-ai' | 'clinician-meaningful-ai';

export interface InstrumentSeed {
  readonly key: InstrumentKey;
  readonly title: LocalizedText;
  readonly targetGroups: readonly StakeholderGroup[];
  readonly definition: SurveyDefinition;
  readonly consent: InstrumentConsent;
}

function titleOf(definition: SurveyDefinition): LocalizedText {
  const { default: en, nl, de, it } = definition.title;
  return { en, nl, de, it };
}

/** The seeds are shared module state: freeze them so no caller can edit a definition in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function seed(
  key: InstrumentKey,
  targetGroups: readonly StakeholderGroup[],
  definition: SurveyDefinition,
  consent: InstrumentConsent,
): InstrumentSeed {
  return deepFreeze({ key, title: titleOf(definition), targetGroups, definition, consent });
}

/** Short, accessible patient survey (tablet in the waiting room), about 17 questions on 4 pages. */
export const PATIENT_INSTRUMENT: InstrumentSeed = seed(
  'patient-meaningful-ai',
  ['patient'],
  patientDefinition,
  consentTexts.patient,
);

/** Clinician survey with branching by profession (personal invitation link). */
export const CLINICIAN_INSTRUMENT: InstrumentSeed = seed(
  'clinician-meaningful-ai',
  ['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'],
  clinicianDefinition,
  consentTexts.clinician,
);

export const INSTRUMENT_SEEDS: readonly InstrumentSeed[] = [PATIENT_INSTRUMENT, CLINICIAN_INSTRUMENT];
