import type analysis from '../../../locales/en/analysis.json';
import type findings from '../../../locales/en/findings.json';
import type audit from '../../../locales/en/audit.json';
import type auth from '../../../locales/en/auth.json';
import type benchmarks from '../../../locales/en/benchmarks.json';
import type coding from '../../../locales/en/coding.json';
import type exports from '../../../locales/en/exports.json';
import type common from '../../../locales/en/common.json';
import type instruments from '../../../locales/en/instruments.json';
import type participants from '../../../locales/en/participants.json';
import type refiQda from '../../../locales/en/refiQda.json';
import type surveyStats from '../../../locales/en/surveyStats.json';
import type survey from '../../../locales/en/survey.json';
import type tablet from '../../../locales/en/tablet.json';
import type textAnalysis from '../../../locales/en/textAnalysis.json';
import type users from '../../../locales/en/users.json';

// English is the reference: t() only accepts keys that exist there, so a typo fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      auth: typeof auth;
      users: typeof users;
      participants: typeof participants;
      audit: typeof audit;
      survey: typeof survey;
      tablet: typeof tablet;
      instruments: typeof instruments;
      coding: typeof coding;
      analysis: typeof analysis;
      findings: typeof findings;
      surveyStats: typeof surveyStats;
      textAnalysis: typeof textAnalysis;
      refiQda: typeof refiQda;
      exports: typeof exports;
      benchmarks: typeof benchmarks;
    };
  }
}
