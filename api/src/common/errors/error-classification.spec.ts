import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { toErrorReply } from './error-envelope.js';

describe(toErrorReply.name, () => {
  it.each([
    { name: 'a lost database connection (SQLSTATE 57P01)', error: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), status: 503 },
    { name: 'a query on a released query runner', error: new QueryRunnerAlreadyReleasedError(), status: 503 },
    { name: 'a serialization failure', error: Object.assign(new Error('could not serialize access'), { code: '40001' }), status: 503 },
    { name: 'a dropped pg client', error: new Error('Connection terminated unexpectedly'), status: 503 },
    { name: 'a domain error', error: new AppError('PARTICIPANT_WITHDRAWN'), status: 409 },
    { name: 'anything unforeseen', error: new TypeError('x is undefined'), status: 500 },
    { name: 'a thrown string', error: 'boom', status: 500 },
  ])('answers $name with $status and never leaks its text', ({ error, status }) => {
    const reply = toErrorReply(error, 'en');
    expect(reply.status).toBe(status);
    expect(JSON.stringify(reply.body)).not.toMatch(/undefined|terminating|serialize|boom/);
    expect(reply.unexpected).toBe(status === 500);
  });
});
