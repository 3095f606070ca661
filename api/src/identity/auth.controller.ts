import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow, Public, SignedIn } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { acceptInvitationSchema, invitationTokenSchema, loginSchema, type AcceptInvitationInput, type LoginInput } from './auth.schemas.js';
import { AuthService, type InvitationView } from './auth.service.js';
import { clearSessionCookies, setSessionCookies } from './session-cookies.js';
import type { UserView } from './user-view.js';
import { UsersService } from './users.service.js';
import { KioskPinService } from './kiosk-pin.service.js';
import { kioskPinSchema, type KioskPinInput } from './users.schemas.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly kioskPins: KioskPinService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  async login(
    @Body(new ZodValidationPipe(loginSchema)) input: LoginInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ user: UserView }> {
    const { user, session } = await this.auth.login(input, request.ip);
    setSessionCookies(request, reply, session);
    return { user };
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor);
    clearSessionCookies(request, reply);
  }

  @Get('me')
  @SignedIn()
  async me(@CurrentActor() actor: Actor): Promise<{ user: UserView }> {
    return { user: await this.users.view(actor.id) };
  }

  /** Staff set the PIN that unlocks a tablet they hand to a participant. */
  @Put('kiosk-pin')
  @Allow(['site_staff', 'lead', 'admin'])
  @HttpCode(204)
  setKioskPin(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(kioskPinSchema)) input: KioskPinInput): Promise<void> {
    return this.kioskPins.setPin(actor, input.pin);
  }

  @Get('kiosk-pin')
  @Allow(['site_staff', 'lead', 'admin'])
  async kioskPinStatus(@CurrentActor() actor: Actor): Promise<{ set: boolean }> {
    return { set: await this.kioskPins.hasPin(actor) };
  }

  @Get('invitations/:token')
  @Public()
  describeInvitation(@Param('token', new ZodValidationPipe(invitationTokenSchema)) token: string): Promise<InvitationView> {
    return this.auth.describeInvitation(token);
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(200)
  async acceptInvitation(
    @Param('token', new ZodValidationPipe(invitationTokenSchema)) token: string,
    @Body(new ZodValidationPipe(acceptInvitationSchema)) input: AcceptInvitationInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ user: UserView }> {
    const { user, session } = await this.auth.acceptInvitation(token, input);
    setSessionCookies(request, reply, session);
    return { user };
  }
}

