import { Module } from '@nestjs/common';
import { CodebookController } from '../codebook/codebook.controller.js';
import { CodebookService } from '../codebook/codebook.service.js';
import { CodingController } from './coding.controller.js';
import { CodingService } from './coding.service.js';
import { RetrievalService } from './retrieval.service.js';

@Module({
  controllers: [CodebookController, CodingController],
  providers: [CodebookService, CodingService, RetrievalService],
  exports: [CodingService, CodebookService],
})
export class CodingModule {}
