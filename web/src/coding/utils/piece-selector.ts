/**
 * How the reader marks its text: every run of transcript text is a span with its code-point range
 * in data-cp-start/data-cp-end and a single text node inside, so DOM positions map back to offsets.
 */
export const PIECE_SELECTOR = '[data-cp-start]';
