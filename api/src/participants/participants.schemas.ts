import { z } from 'zod';
import { findIdentifier } from './identifier-detector.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';

/** Free text that refuses e-mail addresses and phone numbers. */
const identifierFreeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    // abort: a text over the limit is refused as too long without being scanned.
    .max(max, { abort: true })
    .refine((text) => findIdentifier(text) === null, { params: { rule: 'contains_identifier' } });

// strictObject: a body with name, birthDate, email or any other unknown field is refused.
export const createParticipantSchema = z.strictObject({
  center: z.string().regex(/^[A-Z]{2,16}$/),
  group: z.enum(STAKEHOLDER_GROUPS),
  language: z.enum(['nl', 'de', 'it', 'en']),
});
export type CreateParticipantInput = z.infer<typeof createParticipantSchema>;

export const consentSchema = z.strictObject({ version: identifierFreeText(64) });
export type ConsentInput = z.infer<typeof consentSchema>;

export const withdrawSchema = z.strictObject({ dataHandling: z.enum(['keep', 'erase']) });
export type WithdrawInput = z.infer<typeof withdrawSchema>;

export const listParticipantsSchema = z.strictObject({
  search: z.string().trim().max(32).optional(),
  group: z.enum(STAKEHOLDER_GROUPS).optional(),
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
  status: z.enum(['active', 'withdrawn']).optional(),
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsSchema>;
