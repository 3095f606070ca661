import { ElementFactory, ItemValue, Model, Serializer, type Base, type Question } from 'survey-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../common/i18n/languages.js';
import {
  ANALYSIS_TAG_PROPERTIES,
  CLINICIAN_INSTRUMENT,
  CRITERIA,
  INSTRUMENT_SEEDS,
  MEASURES,
  PATIENT_INSTRUMENT,
  TASKS,
  type InstrumentSeed,
} from './instrument-seeds.js';

type JsonRecord = Record<string, unknown>;
const TAG_NAMES = ['criterion', 'task', 'measure'] as const;
type TagName = (typeof TAG_NAMES)[number];
const TRANSLATIONS = ['nl', 'de', 'it'] as const;
const PROFESSIONS = ['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'] as const;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecords(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Every object anywhere in a JSON tree, with a readable path for failure messages. */
function walk(value: unknown, path = '$', out: { path: string; node: JsonRecord }[] = []): { path: string; node: JsonRecord }[] {
  if (Array.isArray(value)) {
    value.forEach((child, index) => walk(child, `${path}[${index}]`, out));
  } else if (isRecord(value)) {
    out.push({ path, node: value });
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, out);
  }
  return out;
}

/** Question (and panel) objects of a definition, in page order, including nested panels. */
function jsonElements(definition: unknown): JsonRecord[] {
  const collect = (elements: unknown): JsonRecord[] =>
    asRecords(elements).flatMap((element) => [element, ...collect(element.elements)]);
  return isRecord(definition) ? asRecords(definition.pages).flatMap((page) => collect(page.elements)) : [];
}

function registerAnalysisTags(): void {
  for (const [name, choices] of Object.entries(ANALYSIS_TAG_PROPERTIES)) {
    if (!Serializer.findProperty('question', name)) Serializer.addProperty('question', { name, choices: [...choices] });
  }
}

function load(seed: InstrumentSeed): Model {
  return new Model(seed.definition);
}

function choiceValues(question: Question | undefined): unknown[] {
  const choices: unknown = question?.getPropertyValue('choices');
  return Array.isArray(choices) ? choices.map((item): unknown => (item instanceof ItemValue ? item.value : undefined)) : [];
}

function tag(question: Question, name: TagName): string | undefined {
  const value: unknown = question.getPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
}

function questionsTagged(model: Model, tags: Partial<Record<TagName, string>>): Question[] {
  return model
    .getAllQuestions(false, true, true)
    .filter((question) => Object.entries(tags).every(([name, value]) => tag(question, name as TagName) === value));
}

/** Seconds a participant needs, by question type; pages and the intro cost reading and navigation time. */
const SECONDS_PER_TYPE: Record<string, number> = { rating: 15, radiogroup: 15, boolean: 15, dropdown: 15, checkbox: 30, ranking: 45, text: 20, comment: 60 };
const SECONDS_PER_PAGE = 15;
const SECONDS_FOR_INTRO = 30;

function estimatedSeconds(model: Model): number {
  const visiblePages = model.pages.filter((page) => page.isVisible);
  const questions = visiblePages.flatMap((page) => page.questions.filter((question) => question.isVisible));
  const answering = questions.reduce((sum, question) => sum + (SECONDS_PER_TYPE[question.getType()] ?? 30), 0);
  return SECONDS_FOR_INTRO + visiblePages.length * SECONDS_PER_PAGE + answering;
}

beforeAll(registerAnalysisTags);

describe.each(INSTRUMENT_SEEDS.map((seed) => [seed.key, seed] as const))('%s', (_key, seed) => {
  const elements = jsonElements(seed.definition);
  const questionElements = elements.filter((element) => element.type !== 'panel');

  it('loads into a survey-core Model without JSON errors', () => {
    const model = load(seed);
    expect(model.jsonErrors ?? []).toEqual([]);
    expect(model.getAllQuestions(false, true, true).map((question) => question.name)).toEqual(
      questionElements.map((element) => element.name),
    );
  });

  it('uses only known SurveyJS question types', () => {
    const known = new Set(ElementFactory.Instance.getAllTypes());
    for (const element of elements) {
      expect(known.has(String(element.type)), `${String(element.name)}: ${String(element.type)}`).toBe(true);
    }
  });

  it('gives every page a title and every question a unique snake_case name', () => {
    const model = load(seed);
    for (const page of model.pages) expect(page.locTitle.getLocaleText('default'), page.name).not.toBe('');
    const names = [...model.pages.map((page) => page.name), ...questionElements.map((element) => element.name)];
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every choice and rate value an explicit, unique value and a text', () => {
    for (const element of questionElements) {
      for (const list of ['choices', 'rateValues'] as const) {
        if (!(list in element)) continue;
        const items: unknown = element[list];
        expect(Array.isArray(items), `${String(element.name)}.${list}`).toBe(true);
        const records = asRecords(items);
        expect(records.length, `${String(element.name)}.${list} holds only objects`).toBe((items as unknown[]).length);
        for (const item of records) {
          expect(item.value, `${String(element.name)}: a choice without value`).toBeDefined();
          expect(item.value, `${String(element.name)}: a choice with an empty value`).not.toBe('');
          expect(isRecord(item.text), `${String(element.name)}=${String(item.value)} needs a localized text`).toBe(true);
        }
        const values = records.map((item) => item.value);
        expect(new Set(values).size, `${String(element.name)}: duplicate values`).toBe(values.length);
      }
    }
  });

  it('has every localized string in English (default), Dutch, German and Italian', () => {
    const localized = walk(seed.definition).filter(({ node }) => 'default' in node);
    expect(localized.length).toBeGreaterThan(50);
    for (const { path, node } of localized) {
      expect(Object.keys(node).sort(), path).toEqual(['de', 'default', 'it', 'nl']);
      for (const language of ['default', ...TRANSLATIONS]) {
        const text = node[language];
        expect(typeof text === 'string' && text.trim().length > 0, `${path}.${language}`).toBe(true);
      }
      // A copy of the English text left in a translation is almost always a forgotten translation.
      const copies = TRANSLATIONS.filter((language) => node[language] === node.default && String(node.default).length > 30);
      expect(copies, path).toEqual([]);
    }
  });

  it('has no plain string in any property survey-core treats as localizable', () => {
    const model = load(seed);
    const owners: Base[] = [model, ...model.pages, ...model.getAllQuestions(false, true, true)];
    for (const question of model.getAllQuestions(false, true, true)) {
      for (const list of ['choices', 'rateValues']) {
        const items: unknown = question.getPropertyValue(list);
        if (Array.isArray(items)) owners.push(...items.filter((item): item is ItemValue => item instanceof ItemValue));
      }
    }
    for (const owner of owners) {
      const json = owner.toJSON() as JsonRecord;
      for (const property of Serializer.getPropertiesByObj(owner).filter((p) => p.isLocalizable)) {
        const value = json[property.name];
        if (value === undefined) continue;
        const where = `${owner.getType()} ${String(json.name ?? json.value)}.${property.name}`;
        expect(isRecord(value), where).toBe(true);
      }
    }
  });

  it('renders the title of every question in each language', () => {
    const model = load(seed);
    const english = model.getAllQuestions(false, true, true).map((question) => question.locTitle.renderedHtml);
    for (const language of TRANSLATIONS) {
      model.locale = language;
      const titles = model.getAllQuestions(false, true, true).map((question) => question.locTitle.renderedHtml);
      titles.forEach((title, index) => expect(title, `${language}: ${english[index]}`).not.toBe(english[index]));
    }
  });

  it('uses only the allowed analysis tags, and only on questions', () => {
    const allowed: Record<TagName, readonly string[]> = { criterion: CRITERIA, task: TASKS, measure: MEASURES };
    for (const { path, node } of walk(seed.definition)) {
      for (const name of TAG_NAMES) {
        if (!(name in node)) continue;
        expect(typeof node.type === 'string' && typeof node.name === 'string', `${path}: ${name} on a non-question`).toBe(true);
        expect(allowed[name], `${path}.${name}`).toContain(node[name]);
      }
    }
    const tagged = load(seed)
      .getAllQuestions(false, true, true)
      .filter((question) => TAG_NAMES.some((name) => tag(question, name) !== undefined));
    expect(tagged.length).toBeGreaterThan(5);
  });

  it('every visibleIf refers to questions that exist', () => {
    const names = new Set(questionElements.map((element) => element.name));
    for (const { path, node } of walk(seed.definition)) {
      if (typeof node.visibleIf !== 'string') continue;
      const references = [...node.visibleIf.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(references.length, path).toBeGreaterThan(0);
      for (const reference of references) expect(names.has(reference), `${path}: {${reference}}`).toBe(true);
    }
  });

  it('is frozen, so no caller can edit the shared definition', () => {
    expect(Object.isFrozen(seed)).toBe(true);
    expect(Object.isFrozen(seed.definition.pages)).toBe(true);
    expect(() => {
      (seed.definition as JsonRecord).title = 'changed';
    }).toThrow(TypeError);
  });

  it('has a versioned consent text in all four languages and a title matching the survey', () => {
    expect(seed.consent.version).toMatch(/^POLY-(PAT|CLIN)-\d{4}-\d+$/);
    for (const language of SUPPORTED_LANGUAGES) {
      expect(seed.consent.text[language].length, language).toBeGreaterThan(200);
      expect(seed.title[language], language).not.toBe('');
    }
    expect(seed.title.en).toBe(seed.definition.title.default);
    expect(new Set(SUPPORTED_LANGUAGES.map((language) => seed.consent.text[language])).size).toBe(4);
  });
});

describe('patient instrument', () => {
  const seed = PATIENT_INSTRUMENT;

  it('is keyed and targeted at patients', () => {
    expect(seed.key).toBe('patient-meaningful-ai');
    expect(seed.targetGroups).toEqual(['patient']);
    expect(seed.consent.version).toBe('POLY-PAT-2026-1');
  });

  it('asks one importance question per criterion', () => {
    const model = load(seed);
    for (const criterion of CRITERIA) {
      const questions = questionsTagged(model, { criterion, measure: 'importance' });
      expect(questions.map((question) => question.name), criterion).toEqual([`importance_${criterion}`]);
      expect(questions[0]?.getType()).toBe('rating');
    }
    expect(questionsTagged(model, { measure: 'importance' })).toHaveLength(CRITERIA.length);
  });

  it('stays short: 14 to 18 questions (never more than 20) on 2 to 4 titled pages, no matrices', () => {
    const model = load(seed);
    const questions = model.getAllQuestions(false, true, true);
    expect(questions.length).toBeLessThanOrEqual(20);
    expect(questions.length).toBeGreaterThanOrEqual(14);
    expect(questions.length).toBeLessThanOrEqual(18);
    expect(model.pages.length).toBeGreaterThanOrEqual(2);
    expect(model.pages.length).toBeLessThanOrEqual(4);
    const allowedTypes = new Set(['rating', 'radiogroup', 'checkbox', 'comment']);
    for (const question of questions) expect(allowedTypes.has(question.getType()), question.name).toBe(true);
  });

  it('can be answered in under 10 minutes', () => {
    const seconds = estimatedSeconds(load(seed));
    expect(seconds).toBeLessThan(10 * 60);
  });

  it('uses five labelled points on every rating scale, shown as buttons', () => {
    const ratings = jsonElements(seed.definition).filter((element) => element.type === 'rating');
    expect(ratings.length).toBeGreaterThanOrEqual(10);
    for (const rating of ratings) {
      expect(rating.displayMode, String(rating.name)).toBe('buttons');
      expect(asRecords(rating.rateValues).map((item) => item.value), String(rating.name)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('offers few answer options, an age band and an optional gender with "prefer not to say"', () => {
    const model = load(seed);
    for (const question of model.getAllQuestions()) {
      const choices: unknown = question.getPropertyValue('choices');
      if (Array.isArray(choices)) expect(choices.length, question.name).toBeLessThanOrEqual(6);
    }
    const age = model.getQuestionByName('age_band');
    expect(age.getType()).toBe('radiogroup');
    expect(choiceValues(age)).toEqual(['18-39', '40-59', '60-74', '75+']);
    const gender = model.getQuestionByName('gender');
    expect(gender.isRequired).toBe(false);
    expect(choiceValues(gender)).toContain('prefer_not_to_say');
  });

  it('asks nothing that identifies a person and requires no answer', () => {
    const model = load(seed);
    for (const question of model.getAllQuestions()) {
      expect(question.name).not.toMatch(/birth|name|email|phone|address|postcode|zip/);
      expect(question.isRequired, question.name).toBe(false);
    }
    const freeText = model.getAllQuestions().filter((question) => question.getType() === 'comment');
    expect(freeText.map((question) => question.name)).toEqual(['comments']);
  });

  it('records the conditions of openness: explained and proven to help treatment', () => {
    const model = load(seed);
    expect(tag(model.getQuestionByName('ai_openness_if_explained'), 'criterion')).toBe('explainability');
    expect(tag(model.getQuestionByName('ai_openness_if_proven'), 'criterion')).toBe('care_pathway');
    expect(questionsTagged(model, { measure: 'attitude' }).length).toBeGreaterThanOrEqual(6);
  });
});

describe('clinician instrument', () => {
  const seed = CLINICIAN_INSTRUMENT;

  it('is keyed and targeted at the four clinical professions', () => {
    expect(seed.key).toBe('clinician-meaningful-ai');
    expect([...seed.targetGroups].sort()).toEqual([...PROFESSIONS].sort());
    expect(seed.consent.version).toBe('POLY-CLIN-2026-1');
  });

  it('starts with a required profession question whose values are the stakeholder groups', () => {
    const first = load(seed).getAllQuestions()[0];
    expect(first?.name).toBe('profession');
    expect(first?.getType()).toBe('radiogroup');
    expect(first?.isRequired).toBe(true);
    expect(choiceValues(first)).toEqual([...PROFESSIONS]);
  });

  it('asks for hands-on experience and the value of each task', () => {
    const model = load(seed);
    expect(questionsTagged(model, { measure: 'experience' }).map((question) => question.name)).toContain('ai_experience');
    for (const task of TASKS) {
      const value = model.getQuestionByName(`value_${task}`);
      expect(value.getType()).toBe('rating');
      expect([tag(value, 'task'), tag(value, 'measure')]).toEqual([task, 'importance']);
    }
  });

  it('rates and ranks the five criteria', () => {
    const model = load(seed);
    for (const criterion of CRITERIA) {
      const importance = model.getQuestionByName(`importance_${criterion}`);
      expect(importance.getType()).toBe('rating');
      expect([tag(importance, 'criterion'), tag(importance, 'measure')]).toEqual([criterion, 'importance']);
    }
    const rankings = model.getAllQuestions().filter((question) => question.getType() === 'ranking');
    expect(rankings).toHaveLength(1);
    const ranking = rankings[0]!;
    expect(tag(ranking, 'measure')).toBe('importance');
    const values = choiceValues(ranking).map(String);
    expect(values).toHaveLength(CRITERIA.length);
    expect([...values].sort()).toEqual([...CRITERIA].sort());
  });

  it('asks for the lowest acceptable sensitivity and specificity of every task, 50 to 100 %', () => {
    const model = load(seed);
    for (const task of TASKS) {
      for (const metric of ['sensitivity', 'specificity']) {
        const name = `threshold_${metric}_${task}`;
        const question = model.getQuestionByName(name);
        expect(question, name).toBeTruthy();
        expect(question.getType()).toBe('text');
        expect(question.getPropertyValue('inputType')).toBe('number');
        expect([question.getPropertyValue('min'), question.getPropertyValue('max')]).toEqual([50, 100]);
        expect([tag(question, 'task'), tag(question, 'criterion'), tag(question, 'measure')]).toEqual([task, 'accuracy', 'threshold']);
        question.value = 49;
        expect(question.validate(), `${name} rejects 49`).toBe(false);
        question.value = 101;
        expect(question.validate(), `${name} rejects 101`).toBe(false);
        question.value = 92.5;
        expect(question.validate(), `${name} accepts 92.5`).toBe(true);
      }
    }
    expect(questionsTagged(model, { criterion: 'accuracy', measure: 'threshold' })).toHaveLength(2 * TASKS.length);
  });

  it('covers explainability needs, an acceptable cost per case and care-pathway consequences', () => {
    const model = load(seed);
    const needs = model.getQuestionByName('explainability_needs');
    expect(needs.getType()).toBe('checkbox');
    expect(tag(needs, 'criterion')).toBe('explainability');
    expect(choiceValues(needs)).toEqual(
      expect.arrayContaining(['saliency_maps', 'uncertainty_estimates', 'written_report']),
    );
    const cost = model.getQuestionByName('threshold_cost_per_case_eur');
    expect(cost.getPropertyValue('inputType')).toBe('number');
    expect([tag(cost, 'criterion'), tag(cost, 'measure')]).toEqual(['cost', 'threshold']);
    expect(questionsTagged(model, { criterion: 'care_pathway' }).length).toBeGreaterThanOrEqual(3);
    expect(model.getAllQuestions().filter((question) => question.getType() === 'comment').length).toBeGreaterThanOrEqual(1);
  });

  it('branches on profession: each profession sees its own questions, the others do not', () => {
    const dependent = jsonElements(seed.definition).filter(
      (element) => typeof element.visibleIf === 'string' && element.visibleIf.includes('{profession}'),
    );
    expect(dependent.length).toBeGreaterThanOrEqual(2);

    const visibleFor = (profession: string): Set<string> => {
      const model = load(seed);
      model.setValue('profession', profession);
      return new Set(model.getAllQuestions(true).map((question) => question.name));
    };
    const radiologist = visibleFor('radiologist');
    const neurosurgeon = visibleFor('neurosurgeon');
    expect(radiologist).not.toEqual(neurosurgeon);
    expect(radiologist.has('radiology_pacs_integration')).toBe(true);
    expect(neurosurgeon.has('radiology_pacs_integration')).toBe(false);
    expect(neurosurgeon.has('neurosurgery_resection_planning')).toBe(true);
    expect(radiologist.has('neurosurgery_resection_planning')).toBe(false);

    const specific = new Map(PROFESSIONS.map((profession) => [profession, visibleFor(profession)]));
    const prefixes: Record<(typeof PROFESSIONS)[number], string> = {
      radiologist: 'radiology_',
      neurologist: 'neurology_',
      neurosurgeon: 'neurosurgery_',
      radiotherapist: 'radiotherapy_',
    };
    for (const profession of PROFESSIONS) {
      const own = [...specific.get(profession)!].filter((name) => Object.values(prefixes).some((prefix) => name.startsWith(prefix)));
      expect(own.length, profession).toBeGreaterThanOrEqual(2);
      expect(own.every((name) => name.startsWith(prefixes[profession])), `${profession}: ${own.join(', ')}`).toBe(true);
    }
    // Before a profession is chosen, none of the profession-specific questions shows.
    const unset = new Set(load(seed).getAllQuestions(true).map((question) => question.name));
    for (const element of dependent) expect(unset.has(String(element.name))).toBe(false);
  });

  it('asks about experience versus expectations only of those with hands-on experience', () => {
    const model = load(seed);
    const question = model.getQuestionByName('ai_experience_vs_expectations');
    model.setValue('ai_experience', 'none');
    expect(question.isVisible).toBe(false);
    model.setValue('ai_experience', 'clinical_regular');
    expect(question.isVisible).toBe(true);
  });

  it('can be answered in about 15 minutes by every profession', () => {
    for (const profession of PROFESSIONS) {
      const model = load(seed);
      model.setValue('profession', profession);
      model.setValue('ai_experience', 'clinical_regular');
      expect(estimatedSeconds(model), profession).toBeLessThanOrEqual(15 * 60);
    }
  });
});
