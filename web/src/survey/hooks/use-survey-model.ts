import { useEffect, useMemo, useRef } from 'react';
import { Model, Serializer } from 'survey-core';
import { registerSurveyTags } from '../../../../api/src/surveys/survey-tags';
import type { Language } from '../../app/languages';
import type { SurveyAnswers } from '../api/survey-session';
import { firstOpenPage } from '../utils/first-open-page';
import { PARTICIPANT_SURVEY_THEME } from './survey-theme';

// The same registration the server runs, so Polyphony's tags load as known properties.
registerSurveyTags(Serializer);

export interface SurveyModelInput {
  definition: Record<string, unknown>;
  language: Language;
  data: SurveyAnswers;
  /** -1: resume on the first page with an open question. */
  pageNo: number;
  /** A new value rebuilds the model from `data` and `pageNo`. */
  epoch: number;
}

export interface SurveyModelHandlers {
  onAnswers: (data: SurveyAnswers, pageNo: number) => void;
  onPage: (data: SurveyAnswers, pageNo: number) => void;
  onComplete: (data: SurveyAnswers) => void;
}

/** The one place the participant's SurveyJS model is built and wired to the device's storage. */
export function useSurveyModel(input: SurveyModelInput, handlers: SurveyModelHandlers): Model {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  // Answers and page are read when the model is (re)built only: afterwards the model owns them.
  const initial = useRef(input);
  initial.current = input;
  const { definition, language, epoch } = input;

  const model = useMemo(() => {
    const { data, pageNo } = initial.current;
    const survey = new Model(definition);
    survey.locale = language;
    survey.applyTheme(PARTICIPANT_SURVEY_THEME);
    // Polyphony shows its own thank-you once the answers are safe, not SurveyJS's.
    survey.showCompletePage = false;
    // Save while typing, not on leaving the field: a dead battery mid-sentence keeps the sentence.
    survey.textUpdateMode = 'onTyping';
    // Progress is shown above the survey by Polyphony (text plus bar, large, announced to screen readers).
    survey.showProgressBar = false;
    survey.data = data;
    const pages = survey.visiblePages;
    survey.currentPageNo = pageNo >= 0 && pageNo < pages.length ? pageNo : firstOpenPage(pages);
    survey.onValueChanged.add((sender) => latest.current.onAnswers(sender.data as SurveyAnswers, sender.currentPageNo));
    survey.onCurrentPageChanged.add((sender) => latest.current.onPage(sender.data as SurveyAnswers, sender.currentPageNo));
    survey.onComplete.add((sender) => latest.current.onComplete(sender.data as SurveyAnswers));
    return survey;
    // `epoch` is the rebuild signal; it is not read inside.
  }, [definition, language, epoch]);
  return model;
}
