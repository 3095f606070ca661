/**
 * What a stored answer may look like, per question, as plain data extracted once from survey-core
 * (see value-spec-builder.ts) and checked without survey-core (see value-checks.ts).
 */

/** How a select question stores the "other" text. */
export type OtherStorage =
  /** no "other" item */
  | 'none'
  /** the value is the other item's value (usually 'other'); the text goes to `<name>-Comment` */
  | 'comment'
  /** the free text itself takes the place of the other item in the value */
  | 'inline';

export interface ChoiceRule {
  /** `scalarKey`s of the allowed values: choices plus enabled none/refuse/don't-know items. */
  keys: ReadonlySet<string>;
  other: OtherStorage;
  /** The other item's value when `other` is 'comment'. */
  otherValue?: string | number;
  /** Choices come from a URL or allow custom entries: any string or number is accepted. */
  open: boolean;
  /** Longest accepted free text (inline other, open choices, choice comments). */
  maxTextLength: number;
  /**
   * `scalarKey`s of choices with their own comment box (SurveyJS v3). When there are any, an item
   * may also be stored as `{ value, comment? }`, and the "other" text may also be stored inline.
   */
  commentChoices: ReadonlySet<string>;
}

export type ValueSpec =
  | { kind: 'single'; choice: ChoiceRule }
  | {
      kind: 'multiple';
      choice: ChoiceRule;
      maxSelected?: number;
      /** checkbox `valuePropertyName`: items are `{ [property]: value }`. */
      valueProperty?: string;
    }
  | { kind: 'ranking'; keys: ReadonlySet<string>; subset: boolean; open: boolean }
  | { kind: 'rating'; values: readonly (string | number)[]; min?: number; max?: number; step?: number }
  | { kind: 'number'; min?: number; max?: number; step?: number }
  | { kind: 'number-pair'; min?: number; max?: number; step?: number }
  | { kind: 'text'; maxLength: number }
  | { kind: 'boolean'; values: readonly (string | number | boolean)[] }
  | { kind: 'matrix'; rows: ReadonlySet<string>; columns: ReadonlySet<string>; multiple: boolean }
  | { kind: 'record'; scope: Scope }
  | { kind: 'keyed-rows'; rows: ReadonlySet<string>; row: Scope }
  | { kind: 'list'; item: Scope; maxItems?: number }
  | { kind: 'files'; multiple: boolean }
  /** expression questions: computed by survey-core, never taken from the client */
  | { kind: 'computed' }
  /** custom components and types without a known value shape: any safe JSON */
  | { kind: 'any' };

export type ValueKind = ValueSpec['kind'];

export interface FieldRule {
  /** The question's name (its data key may differ through `valueName`). */
  name: string;
  type: string;
  spec: ValueSpec;
}

export interface CommentRule {
  /** Data key of the question the comment belongs to. */
  owner: string;
  /** `comment`: the question's comment box; `other`: the text of its "other" item. */
  purpose: 'comment' | 'other';
  otherValue?: string | number;
  maxLength: number;
}

/** The keys an object of answers may have: the survey's data, a dynamic panel, a matrix row. */
export interface Scope {
  /** data key → the questions storing their value there (several only through shared `valueName`) */
  fields: ReadonlyMap<string, readonly FieldRule[]>;
  /** `<key>-Comment` → what it belongs to */
  comments: ReadonlyMap<string, CommentRule>;
}
