import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { InstrumentVersion, type ConsentText } from '../instruments/instrument-version.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { SurveyResponse } from '../responses/survey-response.entity.js';
import { toResponseView, type ResponseView } from '../responses/response-views.js';
import type { SurveyAccess } from './survey-access.js';
import type { SurveyConsentInput } from './survey-access.schemas.js';

export interface SurveySessionView {
  kind: SurveyAccess['kind'];
  participant: { id: string; code: string; language: string; group: string; consentVersion: string | null };
  instrumentVersion: { id: string; definition: Record<string, unknown>; languages: string[]; consent: ConsentText | null };
  response: ResponseView | null;
  completed: boolean;
}

/** What a participant's device needs to show (or resume) the survey a token opens. */
@Injectable()
export class SurveySessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async describe(access: SurveyAccess): Promise<SurveySessionView> {
    const participant = await this.dataSource.getRepository(Participant).findOneBy({ id: access.participantId });
    const version = await this.dataSource.getRepository(InstrumentVersion).findOneBy({ id: access.instrumentVersionId });
    if (!participant || !version) throw new AppError('SURVEY_TOKEN_INVALID');
    if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
    // After completion the device gets no answers back: the link may linger in a shared tablet's history.
    const response = access.responseId && !access.completedAt ? await this.dataSource.getRepository(SurveyResponse).findOneBy({ id: access.responseId }) : null;
    return {
      kind: access.kind,
      participant: { id: participant.id, code: participant.code, language: participant.language, group: participant.group, consentVersion: participant.consentVersion },
      instrumentVersion: { id: version.id, definition: version.definition, languages: version.languages, consent: version.consent },
      response: response ? toResponseView(response) : null,
      completed: access.completedAt !== null,
    };
  }

  /** The participant accepted the consent text of this version, in this language. */
  async recordConsent(access: SurveyAccess, input: SurveyConsentInput): Promise<void> {
    const version = await this.dataSource.getRepository(InstrumentVersion).findOneBy({ id: access.instrumentVersionId });
    if (!version?.consent || version.consent.version !== input.version) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'version', rule: 'invalid' }] });
    await this.dataSource.transaction(async (manager) => {
      const participant = await manager.findOneBy(Participant, { id: access.participantId });
      if (!participant || participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
      await manager.update(Participant, { id: participant.id }, { consentVersion: input.version, consentGivenAt: new Date() });
      await this.audit.append(manager, {
        actor: null,
        action: 'participant.consent_recorded',
        entity: 'participant',
        entityId: participant.id,
        center: participant.centerCode,
        summary: { consentVersion: input.version, language: input.language, via: access.kind },
      });
    });
  }
}
