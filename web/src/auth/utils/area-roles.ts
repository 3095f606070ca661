import type { Role } from '../api/user';

/** Which roles may open which part of the app; the API enforces the same rules again. */
export const AREA_ROLES = {
  home: ['admin', 'lead', 'researcher', 'site_staff'],
  users: ['admin', 'lead'],
  participants: ['admin', 'lead', 'site_staff'],
  audit: ['admin', 'lead'],
  // Handing out surveys: tablet sessions and clinician invitations.
  surveys: ['admin', 'lead', 'site_staff'],
  // The questionnaire library: everyone reads it; editing is checked per action.
  instruments: ['admin', 'lead', 'researcher', 'site_staff'],
  // Transcripts, codebook, coding, retrieval and search: the qualitative researchers' work.
  coding: ['lead', 'researcher'],
  // Agreement, co-occurrence, crosstabs, survey descriptives, text analysis and code suggestions.
  analysis: ['lead', 'researcher'],
  // The joint display: survey weights, interviews and benchmark results side by side.
  findings: ['lead', 'researcher'],
  // Benchmark results, package metadata and the criterion mapping: leads import and edit, researchers read.
  benchmarks: ['lead', 'researcher'],
  // Background exports of the combined findings (workbook, statistics bundle, .qdpx, report).
  exports: ['lead'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;
