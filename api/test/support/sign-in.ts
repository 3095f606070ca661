import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.js';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** The headers a signed-in browser sends: both cookies, and the CSRF token echoed in its header. */
export type SignedInHeaders = Record<'cookie' | 'x-csrf-token', string>;

export async function signIn(inject: Inject, email: string, password = DEMO_PASSWORD): Promise<SignedInHeaders> {
  const response = await inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  return {
    cookie: `polyphony_session=${cookies.polyphony_session}; polyphony_csrf=${cookies.polyphony_csrf}`,
    'x-csrf-token': cookies.polyphony_csrf ?? '',
  };
}
