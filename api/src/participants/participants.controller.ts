import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import {
  consentSchema,
  createParticipantSchema,
  listParticipantsSchema,
  withdrawSchema,
  type ConsentInput,
  type CreateParticipantInput,
  type ListParticipantsQuery,
  type WithdrawInput,
} from './participants.schemas.js';
import { ParticipantsService, type ParticipantView } from './participants.service.js';

const idParam = new ZodValidationPipe(z.uuid());

@ApiTags('participants')
@Controller('participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Get()
  @Allow(['admin', 'lead', 'researcher', 'site_staff'])
  async list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(listParticipantsSchema)) query: ListParticipantsQuery,
  ): Promise<{ items: ParticipantView[] }> {
    return { items: await this.participants.list(actor, query) };
  }

  @Post()
  @Allow(['admin', 'lead', 'site_staff'])
  register(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createParticipantSchema)) input: CreateParticipantInput): Promise<ParticipantView> {
    return this.participants.register(actor, input);
  }

  @Get(':id')
  @Allow(['admin', 'lead', 'researcher', 'site_staff'])
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ParticipantView> {
    return this.participants.get(actor, id);
  }

  @Post(':id/consent')
  @Allow(['lead', 'site_staff'])
  @HttpCode(200)
  consent(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(consentSchema)) input: ConsentInput): Promise<ParticipantView> {
    return this.participants.recordConsent(actor, id, input);
  }

  @Post(':id/withdraw')
  @Allow(['lead', 'site_staff'])
  @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(withdrawSchema)) input: WithdrawInput): Promise<ParticipantView> {
    return this.participants.withdraw(actor, id, input);
  }
}
