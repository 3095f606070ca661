import { describe, expect, it } from 'vitest';
import { firstOpenPage, type PageLike } from './first-open-page';

const question = (answered: boolean, visible = true) => ({ isVisible: visible, isEmpty: () => !answered });
const page = (...questions: Array<ReturnType<typeof question>>): PageLike => ({ questions });

describe(firstOpenPage.name, () => {
  it('finds the first page with an unanswered visible question', () => {
    expect(firstOpenPage([page(question(true)), page(question(true), question(false)), page(question(false))])).toBe(1);
  });

  it('skips pages whose open questions are hidden', () => {
    expect(firstOpenPage([page(question(false, false), question(true)), page(question(false))])).toBe(1);
  });

  it('starts at the beginning of a fresh survey and ends on the last page of a full one', () => {
    expect(firstOpenPage([page(question(false)), page(question(false))])).toBe(0);
    expect(firstOpenPage([page(question(true)), page(question(true))])).toBe(1);
    expect(firstOpenPage([])).toBe(0);
  });
});
