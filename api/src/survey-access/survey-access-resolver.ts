import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { hashInvitationToken } from '../identity/invitation-tokens.js';
import type { SurveyAccess } from './survey-access.js';
import { SurveyAccessToken } from './survey-access-token.entity.js';

/** Turns a survey token into its scope, or null when it is unknown, expired or revoked. */
@Injectable()
export class SurveyAccessResolver {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(token: string): Promise<SurveyAccess | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const row = await this.dataSource
      .getRepository(SurveyAccessToken)
      .findOneBy({ tokenHash: hashInvitationToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!row) return null;
    return {
      tokenId: row.id,
      kind: row.kind,
      participantId: row.participantId,
      centerCode: row.centerCode,
      instrumentVersionId: row.instrumentVersionId,
      responseId: row.responseId,
      completedAt: row.completedAt,
    };
  }
}
