import { Module } from '@nestjs/common';
import { ExportProducerRegistry } from './export-producer-registry.js';

/**
 * Background exports. Other modules import this module and register their producers:
 *
 *   constructor(private readonly registry: ExportProducerRegistry, private readonly qdpx: QdpxProducer) {}
 *   onModuleInit() { this.registry.register(this.qdpx); }
 */
@Module({ providers: [ExportProducerRegistry], exports: [ExportProducerRegistry] })
export class ExportsModule {}
