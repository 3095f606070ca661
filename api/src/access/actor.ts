import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Language } from '../centers/center.entity.js';
import type { Role } from '../identity/roles.js';

/** The signed-in user a request acts for, as the access guard resolved it. */
export interface Actor {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** null = project-wide. */
  center: string | null;
  language: Language;
  sessionTokenHash: string;
}

export type RequestWithActor = FastifyRequest & { actor?: Actor };

/** Injects the actor; only on routes the guard let through with a session. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a signed-in actor');
  return actor;
});

/** The center a query must stay within, or null when the actor sees every center. */
export function centerScope(actor: Actor): string | null {
  return actor.center;
}

/** True when the actor may see records of this center. */
export function canSeeCenter(actor: Actor, center: string | null): boolean {
  return actor.center === null || actor.center === center;
}
