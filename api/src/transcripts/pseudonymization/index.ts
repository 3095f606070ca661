// The pseudonymization module's public surface: find identifiers, apply replacements, move offsets.
export { applyPseudonymization, type Replacement } from './apply-pseudonymization.js';
export { findIdentifiers, type FindIdentifiersOptions, type KnownTermMatch } from './find-identifiers.js';
export {
  IDENTIFIER_KINDS,
  isIdentifierKind,
  PLACEHOLDERS,
  UNCONFIRMED_NAME_PLACEHOLDER,
  type IdentifierCandidate,
  type IdentifierKind,
} from './identifier-candidate.js';
export { mapOffset, unmapOffset, type OffsetEdge, type OffsetMap, type OffsetMapEdit } from './offset-map.js';
export { PseudonymizationError, type PseudonymizationErrorCode } from './pseudonymization-error.js';
export type { PseudonymizationLanguage } from './pseudonymization-language.js';
export { pseudonymizeSpeakerLabels } from './pseudonymize-speaker-labels.js';
export {
  addToReplacementList,
  highestNameNumber,
  nextNamePlaceholder,
  suggestFromList,
  type ReplacementList,
  type ReplacementListEntry,
} from './replacement-list.js';
export { shiftSegments } from './shift-segments.js';
