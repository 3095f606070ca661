import type { RawIdentifier } from './identifier-candidate.js';

const URL_WITH_SCHEME = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"]+/giu;
// Bare domains of the countries involved and the common generic ones: "radboudumc.nl", "uni-muenster.de/klinik".
const BARE_DOMAIN = /(?<![\p{L}\p{N}@./-])(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:nl|de|it|eu|be|at|ch|com|org|net|info|edu)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])/gu;
// Sentence punctuation after a link is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”»]+$/;

/** Web addresses with a scheme, starting with www., or bare domains under common top-level domains. */
export function findUrls(text: string): RawIdentifier[] {
  return [URL_WITH_SCHEME, BARE_DOMAIN].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => {
      const url = match[0].replace(TRAILING_PUNCTUATION, '');
      return { start: match.index, end: match.index + url.length, kind: 'url' as const };
    }),
  );
}
