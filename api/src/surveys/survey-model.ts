import { Model, Serializer } from 'survey-core';
import { registerSurveyTags } from './survey-tags.js';

let tagsRegistered = false;

/**
 * Registers Polyphony's tags with the server's survey-core once. Every function in this folder
 * that builds a Model calls it first, so callers cannot forget; calling it yourself is harmless.
 */
export function ensureSurveyTags(): void {
  if (tagsRegistered) return;
  registerSurveyTags(Serializer);
  tagsRegistered = true;
}

/** A survey-core Model of `definition`, with Polyphony's tags known to the serializer. */
export function createSurveyModel(definition: object): Model {
  ensureSurveyTags();
  return new Model(definition);
}

/** True when survey-core knows `type` as a question class (built in or registered). */
export function isQuestionType(type: string): boolean {
  return Boolean(Serializer.findClass(type)) && Serializer.isDescendantOf(type, 'question');
}

/** True when `type` is a panel (a container that may sit among elements); pages are not. */
export function isPanelType(type: string): boolean {
  if (type === 'page' || !Serializer.findClass(type)) return false;
  return type === 'panel' || (Serializer.isDescendantOf(type, 'panel') && !Serializer.isDescendantOf(type, 'page'));
}
