import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { createMemoSchema, listMemosSchema, MemosService, updateMemoSchema, type CreateMemoInput, type ListMemosQuery, type MemoView, type UpdateMemoInput } from './memos.service.js';

@ApiTags('coding')
@Controller('memos')
export class MemosController {
  constructor(private readonly memos: MemosService) {}

  @Get()
  @Allow(['researcher', 'lead'])
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listMemosSchema)) query: ListMemosQuery): Promise<{ items: MemoView[] }> {
    return { items: await this.memos.list(actor, query) };
  }

  @Post()
  @Allow(['researcher', 'lead'])
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createMemoSchema)) input: CreateMemoInput): Promise<MemoView> {
    return this.memos.create(actor, input);
  }

  @Patch(':id')
  @Allow(['researcher', 'lead'])
  update(@CurrentActor() actor: Actor, @Param('id', new ZodValidationPipe(z.uuid())) id: string, @Body(new ZodValidationPipe(updateMemoSchema)) input: UpdateMemoInput): Promise<MemoView> {
    return this.memos.update(actor, id, input);
  }
}
