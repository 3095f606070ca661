import { Module } from '@nestjs/common';
import { CodebookController } from '../codebook/codebook.controller.js';
import { CodebookService } from '../codebook/codebook.service.js';
import { CodebookExchangeService } from '../codebook/codebook-exchange.service.js';
import { CodingController } from './coding.controller.js';
import { CodingService } from './coding.service.js';
import { RetrievalService } from './retrieval.service.js';
import { MemosController } from './memos.controller.js';
import { MemosService } from './memos.service.js';

@Module({
  controllers: [CodebookController, CodingController, MemosController],
  providers: [CodebookService, CodebookExchangeService, CodingService, RetrievalService, MemosService],
  exports: [CodingService, CodebookService],
})
export class CodingModule {}
