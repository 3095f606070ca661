import type { Coding } from '../api/coding';

/** A coding as the reader draws it: with its code's colour and name already looked up. */
export interface VisibleCoding extends Coding {
  color: string;
  codeName: string;
  coderLabel: string;
  own: boolean;
  lane: number;
}
