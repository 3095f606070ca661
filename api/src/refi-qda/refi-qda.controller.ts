import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { RefiQdaImportService, type QdpxImportSummary, type QdpxPreview } from './refi-qda-import.service.js';
import { importQdpxSchema, previewQdpxSchema, type ImportQdpxInput, type PreviewQdpxInput } from './refi-qda.schemas.js';

// The same people who may import transcripts.
const IMPORTERS = ['researcher', 'lead'] as const;

@ApiTags('refi-qda')
@Controller('refi-qda')
export class RefiQdaController {
  constructor(private readonly imports: RefiQdaImportService) {}

  /** Reads the .qdpx and says what would be imported and what not; stores nothing. */
  @Post('preview')
  @Allow(IMPORTERS)
  @HttpCode(200)
  preview(@Body(new ZodValidationPipe(previewQdpxSchema)) input: PreviewQdpxInput): Promise<QdpxPreview> {
    return this.imports.preview(input);
  }

  /** Imports the chosen sources with their participants, the codebook, codings and notes: all or nothing. */
  @Post('import')
  @Allow(IMPORTERS)
  import(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(importQdpxSchema)) input: ImportQdpxInput): Promise<QdpxImportSummary> {
    return this.imports.import(actor, input);
  }
}
