import { z } from 'zod';

export const listAuditSchema = z.strictObject({
  action: z.string().trim().max(64).optional(),
  actorId: z.uuid().optional(),
  entity: z.string().trim().max(64).optional(),
  center: z.string().regex(/^[A-Z]{2,16}$/).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditQuery = z.infer<typeof listAuditSchema>;
