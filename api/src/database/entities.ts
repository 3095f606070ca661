import { Center } from '../centers/center.entity.js';

/** Every entity the data source knows; migrations must match these exactly (see schema-drift.spec.ts). */
export const allEntities = [Center];
