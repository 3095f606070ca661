import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../common/errors/app-error.js';
import { SessionService, SESSION_COOKIE } from '../identity/session.service.js';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.js';
import type { RequestWithActor } from './actor.js';
import { SURVEY_TOKEN_HEADER, type RequestWithSurveyAccess } from '../survey-access/survey-access.js';
import { SurveyAccessResolver } from '../survey-access/survey-access-resolver.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global gate. Resolves the session cookie into an actor, then applies the route's policy:
 * no policy → refused; unsafe methods need the session's CSRF token in X-CSRF-Token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly surveyAccess: SurveyAccessResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new AppError('FORBIDDEN');
    const request = context.switchToHttp().getRequest<RequestWithActor & RequestWithSurveyAccess>();
    // Public and survey-token routes never need the staff session, so it is only looked up after them.
    if (policy.kind === 'public') return true;
    const surveyToken = request.headers[SURVEY_TOKEN_HEADER];
    if (policy.surveyToken && typeof surveyToken === 'string') {
      // A header token cannot be sent cross-site without CORS, so it needs no CSRF token.
      const access = await this.surveyAccess.resolve(surveyToken);
      if (!access) throw new AppError('SURVEY_TOKEN_INVALID');
      request.surveyAccess = access;
      return true;
    }
    const token = request.cookies?.[SESSION_COOKIE];
    const session = token ? await this.sessions.resolve(token) : null;
    const actor = session?.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    request.actor = actor;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session?.csrfToken) {
      throw new AppError('CSRF_FAILED');
    }
    if (!policy.roles.includes(actor.role)) throw new AppError('FORBIDDEN');
    if (policy.projectWide && actor.center !== null) throw new AppError('FORBIDDEN');
    return true;
  }
}
