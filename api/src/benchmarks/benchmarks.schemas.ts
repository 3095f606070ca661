import { z } from 'zod';
import { BENCHMARK_METRIC_NAMES, BENCHMARK_TASKS, CRITERIA, DERIVED_METRICS, EXPLAINABILITY_FEATURES, INTEGRATIONS, PACKAGE_KEY_PATTERN, REGULATORY_STATUSES } from './benchmark-schema.js';

// Files travel as base64 in JSON, as transcripts do; 5 MB of file is at most ~6.7 MB of base64.
export const benchmarkFileSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().max(7_000_000).regex(/^[A-Za-z0-9+/=\s]*$/),
});
export type BenchmarkFileInput = z.infer<typeof benchmarkFileSchema>;

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.enum(values), z.array(z.enum(values)).max(50)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional();

export const listResultsSchema = z.strictObject({
  package: z
    .union([z.string().regex(PACKAGE_KEY_PATTERN), z.array(z.string().regex(PACKAGE_KEY_PATTERN)).max(50)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  task: list(BENCHMARK_TASKS),
  center: z
    .union([z.string().regex(/^[A-Z]{2,16}$/), z.array(z.string().regex(/^[A-Z]{2,16}$/)).max(50)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  metric: list(BENCHMARK_METRIC_NAMES as [string, ...string[]]),
});
export type ListResultsQuery = z.infer<typeof listResultsSchema>;

export const packageKeyParam = z.string().regex(PACKAGE_KEY_PATTERN);

export const updatePackageSchema = z.strictObject({
  revision: z.number().int().min(1),
  name: z.string().trim().min(1).max(120).optional(),
  vendor: z.string().trim().max(120).optional(),
  regulatoryStatus: z.enum(REGULATORY_STATUSES).optional(),
  explainabilityFeatures: z
    .array(z.enum(EXPLAINABILITY_FEATURES))
    .max(EXPLAINABILITY_FEATURES.length)
    .transform((v) => [...new Set(v)])
    .optional(),
  integration: z
    .array(z.enum(INTEGRATIONS))
    .max(INTEGRATIONS.length)
    .transform((v) => [...new Set(v)])
    .optional(),
});
export type UpdatePackageInput = z.infer<typeof updatePackageSchema>;

const mappingMetric = z.enum([...BENCHMARK_METRIC_NAMES, ...DERIVED_METRICS] as unknown as [string, ...string[]]);
const normalisation = z.strictObject({ kind: z.literal('bounded'), worst: z.number().finite(), best: z.number().finite() });

/** Higher is better ⇔ best > worst: the two ways of saying it must agree. */
function directionAgrees(value: { direction?: 'higher' | 'lower'; normalisation?: { worst: number; best: number } }): boolean {
  if (!value.direction || !value.normalisation) return true;
  const { worst, best } = value.normalisation;
  return value.direction === 'higher' ? best > worst : best < worst;
}

export const createCriterionMetricSchema = z
  .strictObject({
    criterion: z.enum(CRITERIA),
    metric: mappingMetric,
    direction: z.enum(['higher', 'lower']),
    normalisation,
    weight: z.number().finite().min(0).max(100),
  })
  .refine(directionAgrees, { path: ['normalisation'], message: 'direction' });
export type CreateCriterionMetricInput = z.infer<typeof createCriterionMetricSchema>;

export const updateCriterionMetricSchema = z
  .strictObject({
    revision: z.number().int().min(1),
    direction: z.enum(['higher', 'lower']),
    normalisation,
    weight: z.number().finite().min(0).max(100),
  })
  .refine(directionAgrees, { path: ['normalisation'], message: 'direction' });
export type UpdateCriterionMetricInput = z.infer<typeof updateCriterionMetricSchema>;

export const revisionQuerySchema = z.strictObject({ revision: z.coerce.number().int().min(1) });

export const templateFormatSchema = z.enum(['csv', 'xlsx']).default('csv');
