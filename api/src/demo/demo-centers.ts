import type { Center } from '../centers/center.entity.js';

/** The study's five centers. */
export const DEMO_CENTERS: readonly Center[] = [
  { code: 'RUMC', name: 'Radboudumc', city: 'Nijmegen', country: 'NL', defaultLanguage: 'nl' },
  { code: 'UKD', name: 'Universitätsklinikum Düsseldorf', city: 'Düsseldorf', country: 'DE', defaultLanguage: 'de' },
  { code: 'UKM', name: 'Universitätsklinikum Münster', city: 'Münster', country: 'DE', defaultLanguage: 'de' },
  { code: 'UKL', name: 'Universitätsklinikum Leipzig', city: 'Leipzig', country: 'DE', defaultLanguage: 'de' },
  { code: 'UNITN', name: 'Università di Trento', city: 'Trento', country: 'IT', defaultLanguage: 'it' },
];
