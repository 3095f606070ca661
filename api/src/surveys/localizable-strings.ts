import { Serializer } from 'survey-core';
import { walkDefinition, type WalkPlace } from './definition-walker.js';
import type { JsonRecord } from './json-values.js';
import { localizedTextOf, surveyDefaultLanguage, type LocalizedText } from './localized-text.js';
import { isQuestionType } from './survey-model.js';

/** One string a participant may see, where it sits in the definition and what it says per language. */
export interface LocalizableEntry {
  /** JSON path in the definition, e.g. `pages[0].elements[2].choices[1].text`. */
  path: string;
  /** Name of the nearest question, panel or page; '' for survey-level strings. */
  context: string;
  text: LocalizedText;
}

/** Question types that never show a title, so a missing one is not an untranslated string. */
const UNTITLED_TYPES: ReadonlySet<string> = new Set(['html', 'image', 'empty', 'expression']);
/** Parts of questions that show their name when they have no title. */
const TITLED_PARTS: ReadonlySet<string> = new Set(['matrixdropdowncolumn', 'multipletextitem']);
const HAS_LETTER = /\p{L}/u;

const cache = new WeakMap<object, readonly LocalizableEntry[]>();

/**
 * Every localizable string of a SurveyJS definition, found through survey-core's own metadata
 * (`isLocalizable` properties), including texts SurveyJS shows implicitly: a question without a
 * title shows its name, a choice without a text shows its value (a choice written as a bare
 * string is reported at the list item's own path, e.g. `…choices[1]`). Cached per definition object.
 */
export function collectLocalizableStrings(definition: object): readonly LocalizableEntry[] {
  const cached = cache.get(definition);
  if (cached) return cached;
  const defaultLanguage = surveyDefaultLanguage(definition);
  const entries: LocalizableEntry[] = [];
  const add = (place: WalkPlace, raw: unknown): void => {
    const text = localizedTextOf(raw, defaultLanguage);
    if (Object.keys(text).length > 0) entries.push({ path: place.path, context: place.context, text });
  };
  walkDefinition(definition, {
    property: (place, _key, value, property) => {
      if (property.isLocalizable) add(place, value);
    },
    scalarItem: (place, itemClass, item) => {
      if (typeof item !== 'string' || !Serializer.isDescendantOf(itemClass, 'itemvalue')) return;
      // "value|text" shorthand, or a bare value that SurveyJS displays as the text.
      const separator = item.indexOf('|');
      const text = separator >= 0 ? item.slice(separator + 1) : item;
      if (HAS_LETTER.test(text)) add(place, text);
    },
    node: (place, node) => implicitTexts(place, node, add),
  });
  cache.set(definition, entries);
  return entries;
}

function implicitTexts(place: WalkPlace, node: JsonRecord, add: (place: WalkPlace, raw: unknown) => void): void {
  const { className } = place;
  const titled = (isQuestionType(className) && !UNTITLED_TYPES.has(className)) || TITLED_PARTS.has(className);
  if (titled && node.title === undefined && node.titleLocation !== 'hidden' && typeof node.name === 'string' && HAS_LETTER.test(node.name)) {
    add({ ...place, path: `${place.path}.title` }, node.name);
  }
  if (Serializer.isDescendantOf(className, 'itemvalue') && node.text === undefined && typeof node.value === 'string' && HAS_LETTER.test(node.value)) {
    add({ ...place, path: `${place.path}.text` }, node.value);
  }
}
