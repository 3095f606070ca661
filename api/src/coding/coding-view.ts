import type { Coding } from './coding.entity.js';

export interface CodingView {
  id: string;
  transcriptId: string;
  codeId: string;
  coderId: string;
  start: number;
  end: number;
  memo: string | null;
  revision: number;
  createdAt: string;
}

export function toCodingView(c: Coding): CodingView {
  return { id: c.id, transcriptId: c.transcriptId, codeId: c.codeId, coderId: c.coderId, start: c.startCp, end: c.endCp, memo: c.memo, revision: c.revision, createdAt: c.createdAt.toISOString() };
}
