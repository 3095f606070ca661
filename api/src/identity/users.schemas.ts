import { z } from 'zod';
import { ROLES } from './roles.js';

const centerCode = z.string().regex(/^[A-Z]{2,16}$/);

export const inviteUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  role: z.enum(ROLES),
  center: centerCode.nullable(),
  displayName: z.string().trim().min(1).max(120).optional(),
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const updateUserSchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  center: centerCode.nullable().optional(),
  disabled: z.boolean().optional(),
  displayName: z.string().trim().min(1).max(120).optional(),
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const uuidParam = z.uuid();

export const kioskPinSchema = z.strictObject({ pin: z.string().regex(/^\d{4,8}$/) });
export type KioskPinInput = z.infer<typeof kioskPinSchema>;
