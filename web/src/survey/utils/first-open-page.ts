/** The part of a SurveyJS page this needs (structural, so tests need no survey-core). */
export interface PageLike {
  questions: ReadonlyArray<{ isVisible: boolean; isEmpty(): boolean }>;
}

/**
 * Where to resume when only the answers are known (say, an invitation opened on a new device):
 * the first page with a visible question still open, else the last page.
 */
export function firstOpenPage(pages: readonly PageLike[]): number {
  const open = pages.findIndex((page) => page.questions.some((question) => question.isVisible && question.isEmpty()));
  return open >= 0 ? open : Math.max(0, pages.length - 1);
}
