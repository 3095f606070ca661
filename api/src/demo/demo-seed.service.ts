import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Center } from '../centers/center.entity.js';
import { DEMO_CENTERS } from './demo-centers.js';

/** What one seeding step added, for the start-up report. */
export interface SeedStepResult {
  step: string;
  created: number;
  existing: number;
}

type SeedStep = { name: string; run: (manager: EntityManager) => Promise<Omit<SeedStepResult, 'step'>> };

/**
 * The demo data, as an ordered list of idempotent steps run in one transaction: running it
 * again on a seeded database creates nothing. Later features add their step to the list.
 * Only called when the configuration says demo mode, which production never is.
 */
@Injectable()
export class DemoSeedService {
  private readonly steps: SeedStep[] = [{ name: 'centers', run: (manager) => this.seedCenters(manager) }];

  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<SeedStepResult[]> {
    return this.dataSource.transaction(async (manager) => {
      const results: SeedStepResult[] = [];
      for (const step of this.steps) results.push({ step: step.name, ...(await step.run(manager)) });
      return results;
    });
  }

  private async seedCenters(manager: EntityManager): Promise<Omit<SeedStepResult, 'step'>> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Center)
      .values([...DEMO_CENTERS])
      .orIgnore()
      .returning(['code'])
      .execute();
    const created = result.raw.length as number;
    return { created, existing: DEMO_CENTERS.length - created };
  }
}
