import { z } from 'zod';

const idList = z
  .string()
  .max(20_000)
  .transform((value) => value.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(z.uuid()).min(1).max(500));

export const MAX_BOOTSTRAP_SAMPLES = 10_000;

export const agreementQuerySchema = z.strictObject({
  transcriptIds: idList,
  coderIds: idList.optional(),
  /** Bootstrap resamples for the confidence intervals; 0 leaves the intervals out. */
  bootstrap: z.coerce.number().int().min(0).max(MAX_BOOTSTRAP_SAMPLES).default(1000),
  /** Seed of the resampling: the same seed gives the same intervals. */
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(1),
});
export type AgreementQuery = z.infer<typeof agreementQuerySchema>;

/** One coder's codings only (each passage then counts once); all coders when left out. */
const coderId = z.uuid().optional();

export const cooccurrenceQuerySchema = z.strictObject({ transcriptIds: idList, unit: z.enum(['overlap', 'segment']).default('overlap'), coderId });
export type CooccurrenceQuery = z.infer<typeof cooccurrenceQuerySchema>;

export const crosstabQuerySchema = z.strictObject({ dimension: z.enum(['group', 'center', 'language']), coderId });
export type CrosstabQuery = z.infer<typeof crosstabQuerySchema>;
