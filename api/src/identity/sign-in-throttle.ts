import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { SignInFailure } from './sign-in-attempt.entity.js';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

/**
 * After five failed sign-ins in fifteen minutes, for one account or from one address, further
 * attempts are refused (429 with Retry-After) until the oldest failure leaves the window, even
 * with the right password: otherwise a guesser would learn when they hit it.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const since = new Date(Date.now() - WINDOW_MS);
    const rows = await this.dataSource.query<Array<{ by_email: number; email_oldest: Date | null; by_address: number; address_oldest: Date | null }>>(
      `SELECT
         (SELECT count(*)::int FROM sign_in_failure WHERE email = $1 AND at > $3) AS by_email,
         (SELECT min(at) FROM (SELECT at FROM sign_in_failure WHERE email = $1 AND at > $3 ORDER BY at DESC LIMIT ${MAX_FAILURES}) e) AS email_oldest,
         (SELECT count(*)::int FROM sign_in_failure WHERE address = $2 AND at > $3) AS by_address,
         (SELECT min(at) FROM (SELECT at FROM sign_in_failure WHERE address = $2 AND at > $3 ORDER BY at DESC LIMIT ${MAX_FAILURES}) a) AS address_oldest`,
      [email, address, since],
    );
    const counts = rows[0];
    const blockedSince = [
      counts.by_email >= MAX_FAILURES ? counts.email_oldest : null,
      counts.by_address >= MAX_FAILURES ? counts.address_oldest : null,
    ].filter((d): d is Date => d !== null);
    if (blockedSince.length === 0) return;
    const until = Math.max(...blockedSince.map((d) => new Date(d).getTime() + WINDOW_MS));
    const retryAfterSeconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    throw new AppError('TOO_MANY_REQUESTS', {}, { retryAfterSeconds });
  }

  async recordFailure(manager: EntityManager, email: string, address: string): Promise<void> {
    await manager.insert(SignInFailure, { email, address: address.slice(0, 64), at: new Date() });
  }
}
