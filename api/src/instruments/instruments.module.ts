import { Module } from '@nestjs/common';
import { InstrumentTranslationsService } from './instrument-translations.service.js';
import { InstrumentsController } from './instruments.controller.js';
import { InstrumentsService } from './instruments.service.js';

@Module({ controllers: [InstrumentsController], providers: [InstrumentsService, InstrumentTranslationsService], exports: [InstrumentsService] })
export class InstrumentsModule {}
