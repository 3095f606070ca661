import { HttpException } from '@nestjs/common';
import { translate } from '../i18n/translator.js';
import type { SupportedLanguage } from '../i18n/languages.js';
import { AppError } from './app-error.js';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';
import type { ValidationIssue } from '../validation/validation-issue.js';

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export interface ErrorReply {
  status: number;
  body: ErrorEnvelope;
  /** True when the error was not foreseen: it is logged with the request id, its text never sent. */
  unexpected: boolean;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

// Fastify rejects some requests before any route runs; these are its codes for the ones a client can fix.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
};

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  name?: unknown;
}

function classify(error: unknown): { code: ErrorCode; params: Record<string, string | number>; details?: unknown } {
  if (error instanceof AppError) return { code: error.code, params: error.params, details: error.details };
  if (error instanceof HttpException) {
    // Nest wraps Fastify's own rejections (bad JSON, body too large, …) and keeps them as the cause.
    if (error.cause !== undefined && error.cause !== error) {
      const fromCause = fastifyCode(error.cause);
      if (fromCause) return { code: fromCause, params: {} };
    }
    const status = error.getStatus();
    // Nest's router says "Cannot GET /x" when no route matched.
    if (status === 404 && /^Cannot [A-Z]+ /.test(error.message)) return { code: 'ROUTE_NOT_FOUND', params: {} };
    return { code: CODE_BY_STATUS[status] ?? 'INTERNAL', params: {} };
  }
  const fromFastify = fastifyCode(error);
  if (fromFastify) return { code: fromFastify, params: {} };
  if (isTransientDatabaseError(error)) return { code: 'SERVICE_UNAVAILABLE', params: {} };
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const status = typeof candidate.statusCode === 'number' ? candidate.statusCode : 500;
  if (status === 400 && candidate.name === 'SyntaxError') return { code: 'MALFORMED_JSON', params: {} };
  if (status >= 400 && status < 500) return { code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', params: {} };
  return { code: 'INTERNAL', params: {} };
}

// Connection lost, server shutting down, serialization failure, deadlock: the client may retry.
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '40001', '40P01', '53300']);
const TRANSIENT_MESSAGES = /Connection terminated|connection .*(closed|ended|reset)|not queryable|ECONNRESET|ECONNREFUSED|timeout exceeded when trying to connect|Query read timeout/i;

// TypeORM's word for "the connection under this transaction died": it released the query runner.
const TRANSIENT_ERROR_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

function isTransientDatabaseError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, name } = error as { code?: unknown; message?: unknown; driverError?: unknown; name?: unknown };
  if (typeof name === 'string' && TRANSIENT_ERROR_NAMES.has(name)) return true;
  if (typeof code === 'string' && TRANSIENT_SQLSTATES.has(code)) return true;
  if (typeof message === 'string' && TRANSIENT_MESSAGES.test(message)) return true;
  return driverError !== undefined && driverError !== error && isTransientDatabaseError(driverError);
}

function fastifyCode(error: unknown): ErrorCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as ErrorLike).code : undefined;
  return typeof code === 'string' ? FASTIFY_CODES[code] : undefined;
}

/** Turns any thrown value into the API's one error shape, with the message in the caller's language. */
export function toErrorReply(error: unknown, language: SupportedLanguage): ErrorReply {
  const { code, params, details } = classify(error);
  const body: ErrorEnvelope = { error: { code, message: translate(language, `errors:${code}`, params) } };
  if (details !== undefined) body.error.details = localizeIssues(details, language);
  return { status: ERROR_STATUS[code], body, unexpected: code === 'INTERNAL' };
}

/**
 * Details that name rules or problem codes get each one explained in the reader's language:
 * `issues` (input fields), `problems` (instrument files) and `answers` (survey responses).
 */
function localizeIssues(details: unknown, language: SupportedLanguage): unknown {
  if (typeof details !== 'object' || details === null) return details;
  const record = details as { issues?: ValidationIssue[]; problems?: CodedProblem[]; answers?: AnswerIssue[] };
  const localized: Record<string, unknown> = { ...record };
  if (Array.isArray(record.issues)) {
    localized.issues = record.issues.map((issue) => ({
      ...issue,
      message: issue.message ?? translate(language, `errors:rules.${issue.rule}`, { ...issue.params, path: issue.path }),
    }));
  }
  if (Array.isArray(record.problems)) {
    localized.problems = record.problems.map((problem) => ({ ...problem, message: translate(language, `errors:problems.${problem.code}`, problem.params) }));
  }
  if (Array.isArray(record.answers)) {
    localized.answers = record.answers.map((answer) => ({
      ...answer,
      message: translate(language, `errors:answerRules.${answer.rule}`, { ...answer.params, question: answer.question }),
    }));
  }
  return localized;
}

interface CodedProblem {
  code: string;
  params?: Record<string, string | number>;
}

interface AnswerIssue {
  question: string;
  rule: string;
  params?: Record<string, string | number>;
}
