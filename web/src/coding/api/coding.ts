/** One coder's code on a code-point range [start, end) of a transcript. */
export interface Coding {
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
