import type { ITheme } from 'survey-core';

/**
 * SurveyJS's default look, adjusted for a waiting room: 18 px text everywhere (small print
 * included), Polyphony's blue instead of SurveyJS's green (white on that green fails WCAG AA),
 * the system font (no web-font download; the CSP allows none), and larger controls.
 */
export const PARTICIPANT_SURVEY_THEME: ITheme = {
  themeName: 'polyphony',
  colorPalette: 'light',
  isPanelless: false,
  cssVariables: {
    '--sjs2-base-unit-font-size': '9px',
    '--sjs2-base-unit-line-height': '9px',
    '--sjs2-typography-font-size-small': 'calc(var(--sjs2-base-unit-font-size) * 2)',
    '--sjs2-typography-font-family-text': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    '--sjs2-color-project-brand-600': '#0b4f7c',
    // The page's own calm grey behind the question cards, instead of SurveyJS's mint.
    '--sjs2-color-utility-surface-survey': '#f4f6f8',
  },
};
