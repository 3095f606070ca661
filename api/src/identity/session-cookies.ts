import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE, type IssuedSession } from './session.service.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Secure everywhere except plain-HTTP localhost, where browsers would otherwise drop the cookie. */
function secureFor(request: FastifyRequest): boolean {
  return !(request.protocol === 'http' && LOCAL_HOSTS.has(request.hostname));
}

export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: IssuedSession): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: secureFor(request), expires: session.expiresAt };
  void reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  // Readable by the web client, which echoes it in X-CSRF-Token.
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: secureFor(request) };
  void reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  void reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
}
