import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { ExportJobsService } from './export-jobs.service.js';
import { createExportSchema, type CreateExportInput, type ExportJobView, type ExportKindView } from './exports.schemas.js';

const idParam = new ZodValidationPipe(z.uuid());

/** Background exports of the combined findings; project leads only, across all centers. */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly jobs: ExportJobsService) {}

  @Get('kinds')
  @Allow(['lead'], { projectWide: true })
  kinds(): { items: ExportKindView[] } {
    return { items: this.jobs.kinds() };
  }

  @Post()
  @Allow(['lead'], { projectWide: true })
  @HttpCode(202)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createExportSchema)) input: CreateExportInput): Promise<{ id: string }> {
    return this.jobs.create(actor, input);
  }

  @Get()
  @Allow(['lead'], { projectWide: true })
  async list(@CurrentActor() actor: Actor): Promise<{ items: ExportJobView[] }> {
    return { items: await this.jobs.list(actor) };
  }

  @Get(':id')
  @Allow(['lead'], { projectWide: true })
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ExportJobView> {
    return this.jobs.get(actor, id);
  }

  /** The file, streamed from its stored chunks (any replica can serve it). */
  @Get(':id/download')
  @Allow(['lead'], { projectWide: true })
  async download(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.jobs.download(actor, id);
    void reply.header('cache-control', 'no-store');
    void reply.header('x-content-sha256', file.sha256);
    return new StreamableFile(file.stream, { type: file.contentType, length: file.byteSize, disposition: contentDisposition(file.fileName) });
  }

  /** Cancels a queued or running export (200), or removes a finished one and its file (204 semantics, 200 body). */
  @Delete(':id')
  @Allow(['lead'], { projectWide: true })
  @HttpCode(200)
  remove(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<{ removed: boolean }> {
    return this.jobs.cancelOrRemove(actor, id);
  }
}

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
