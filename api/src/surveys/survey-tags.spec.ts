import { Model, Serializer } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { ensureSurveyTags } from './survey-model.js';
import {
  CRITERIA,
  MEASURES,
  TASKS,
  isSurveyTagValue,
  readSurveyTags,
  registerSurveyTags,
  type SerializerLike,
  type SurveyTagPropertyInfo,
} from './survey-tags.js';

/** A serializer that records what is registered, like survey-core's but without survey-core. */
function fakeSerializer(): SerializerLike & { added: Array<[string, SurveyTagPropertyInfo]> } {
  const added: Array<[string, SurveyTagPropertyInfo]> = [];
  return {
    added,
    findProperty: (className, name) => added.find(([owner, info]) => owner === className && info.name === name)?.[1] ?? null,
    addProperty: (className, info) => added.push([className, info]),
  };
}

describe(registerSurveyTags.name, () => {
  it('adds criterion, task and measure to every question type, with their allowed values', () => {
    const serializer = fakeSerializer();
    expect(registerSurveyTags(serializer)).toEqual(['criterion', 'task', 'measure']);
    expect(serializer.added.map(([owner, info]) => [owner, info.name, info.choices])).toEqual([
      ['question', 'criterion', [...CRITERIA]],
      ['question', 'task', [...TASKS]],
      ['question', 'measure', [...MEASURES]],
    ]);
  });

  it('is idempotent: a second call adds nothing', () => {
    const serializer = fakeSerializer();
    registerSurveyTags(serializer);
    expect(registerSurveyTags(serializer)).toEqual([]);
    expect(serializer.added).toHaveLength(3);
  });

  it("works with survey-core's own Serializer, so a Model keeps the tags when saving", () => {
    ensureSurveyTags();
    registerSurveyTags(Serializer); // the web app may call it too: harmless
    expect(Serializer.findProperty('rating', 'criterion')?.choices).toEqual([...CRITERIA]);
    const model = new Model({ elements: [{ type: 'rating', name: 'q', criterion: 'cost', task: 'progression', measure: 'importance' }] });
    expect(model.getQuestionByName('q').toJSON()).toMatchObject({ criterion: 'cost', task: 'progression', measure: 'importance' });
  });
});

describe('tag values', () => {
  it.each([
    { tag: 'criterion', value: 'care_pathway', valid: true },
    { tag: 'criterion', value: 'speed', valid: false },
    { tag: 'task', value: 'molecular', valid: true },
    { tag: 'task', value: 'Molecular', valid: false },
    { tag: 'measure', value: 'threshold', valid: true },
    { tag: 'measure', value: 3, valid: false },
  ] as const)('$tag = $value is valid: $valid', ({ tag, value, valid }) => {
    expect(isSurveyTagValue(tag, value)).toBe(valid);
  });

  it('reads only valid tags', () => {
    expect(readSurveyTags({ criterion: 'accuracy', task: 'bogus', measure: 'attitude', other: 1 })).toEqual({ criterion: 'accuracy', measure: 'attitude' });
  });
});
