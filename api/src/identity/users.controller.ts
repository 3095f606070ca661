import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { absoluteUrl } from '../common/http/absolute-url.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { inviteUserSchema, updateUserSchema, uuidParam, type InviteUserInput, type UpdateUserInput } from './users.schemas.js';
import { UsersService, type IssuedInvitation } from './users.service.js';
import type { UserView } from './user-view.js';

type InvitationReply = IssuedInvitation & { invitationUrl: string };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow(['admin', 'lead'], { projectWide: true })
  async list(): Promise<{ items: UserView[] }> {
    return { items: await this.users.list() };
  }

  @Post('invitations')
  @Allow(['admin', 'lead'], { projectWide: true })
  async invite(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(inviteUserSchema)) input: InviteUserInput,
    @Req() request: FastifyRequest,
  ): Promise<InvitationReply> {
    return withUrl(request, await this.users.invite(actor, input));
  }

  @Patch(':id')
  @Allow(['admin'], { projectWide: true })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', new ZodValidationPipe(uuidParam)) id: string,
    @Body(new ZodValidationPipe(updateUserSchema)) input: UpdateUserInput,
  ): Promise<{ user: UserView }> {
    return { user: await this.users.update(actor, id, input) };
  }

  @Post(':id/password-reset')
  @Allow(['admin'], { projectWide: true })
  async passwordReset(
    @CurrentActor() actor: Actor,
    @Param('id', new ZodValidationPipe(uuidParam)) id: string,
    @Req() request: FastifyRequest,
  ): Promise<InvitationReply> {
    return withUrl(request, await this.users.requestPasswordReset(actor, id));
  }
}

function withUrl(request: FastifyRequest, issued: IssuedInvitation): InvitationReply {
  return { ...issued, invitationUrl: absoluteUrl(request, issued.invitationPath) };
}
