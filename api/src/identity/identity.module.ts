import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../access/access.guard.js';
import { SurveyAccessResolver } from '../survey-access/survey-access-resolver.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { SessionHousekeeping } from './session-housekeeping.js';
import { SessionService } from './session.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { KioskPinService } from './kiosk-pin.service.js';

@Module({
  controllers: [AuthController, UsersController],
  providers: [AuthService, UsersService, SessionService, SessionHousekeeping, SignInThrottle, SurveyAccessResolver, KioskPinService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionService, UsersService, KioskPinService],
})
export class IdentityModule {}
