import type { Code } from '../api/code';

/** A code with its sub-codes, as the tree shows it. */
export interface CodeNode {
  code: Code;
  depth: number;
  children: CodeNode[];
}
