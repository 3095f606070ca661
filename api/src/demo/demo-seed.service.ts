import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Center } from '../centers/center.entity.js';
import { DEMO_CENTERS } from './demo-centers.js';
import { DEMO_ACCOUNTS, DEMO_PARTICIPANTS, DEMO_PASSWORD } from './demo-accounts.js';
import { hashPassword } from '../identity/password-hasher.js';
import { User } from '../identity/user.entity.js';
import { pseudonymCode } from '../participants/stakeholder-groups.js';
import { definitionChecksum } from '../instruments/definition-checksum.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { INSTRUMENT_SEEDS } from '../instruments/seed/instrument-seeds.js';
import { languagesOffered } from '../surveys/instrument-report.js';
import { Code } from '../codebook/code.entity.js';
import { MEANINGFUL_AI_CODEBOOK } from '../codebook/seed/meaningful-ai-codebook.js';
import { seedDemoBenchmarks } from '../benchmarks/seed/demo-benchmarks.js';
import { seedDemoTranscripts } from './seed-demo-transcripts.js';
import { seedDemoResponses } from './demo-responses.js';

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
  private readonly steps: SeedStep[] = [
    { name: 'centers', run: (manager) => this.seedCenters(manager) },
    { name: 'accounts', run: (manager) => this.seedAccounts(manager) },
    { name: 'participants', run: (manager) => this.seedParticipants(manager) },
    { name: 'instruments', run: (manager) => this.seedInstruments(manager) },
    { name: 'codebook', run: (manager) => this.seedCodebook(manager) },
    { name: 'transcripts', run: (manager) => seedDemoTranscripts(manager) },
    { name: 'responses', run: (manager) => seedDemoResponses(manager) },
    { name: 'benchmarks', run: (manager) => seedDemoBenchmarks(manager) },
  ];

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
    const created = (result.raw as unknown[]).length;
    return { created, existing: DEMO_CENTERS.length - created };
  }

  private async seedAccounts(manager: EntityManager): Promise<Omit<SeedStepResult, 'step'>> {
    const existing = new Set((await manager.find(User, { select: { email: true } })).map((u) => u.email));
    const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
    if (missing.length > 0) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await manager.insert(
        User,
        missing.map((a) => ({ email: a.email, displayName: a.displayName, role: a.role, centerCode: a.center, language: a.language, passwordHash })),
      );
    }
    return { created: missing.length, existing: DEMO_ACCOUNTS.length - missing.length };
  }

  /** Deterministic codes (sequence n per center and group), so a second run finds them all. */
  private async seedParticipants(manager: EntityManager): Promise<Omit<SeedStepResult, 'step'>> {
    const sequences = new Map<string, number>();
    let created = 0;
    for (const p of DEMO_PARTICIPANTS) {
      const key = `${p.center}/${p.group}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, sequence);
      const rows = await manager.query<unknown[]>(
        `INSERT INTO participant (code, center_code, stakeholder_group, sequence, language) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [pseudonymCode(p.center, p.group, sequence), p.center, p.group, sequence, p.language],
      );
      created += rows.length;
    }
    for (const [key, sequence] of sequences) {
      const [center, group] = key.split('/');
      await manager.query(
        `INSERT INTO participant_counter (center_code, stakeholder_group, last_value) VALUES ($1, $2, $3)
         ON CONFLICT (center_code, stakeholder_group) DO UPDATE SET last_value = GREATEST(participant_counter.last_value, EXCLUDED.last_value)`,
        [center, group, sequence],
      );
    }
    return { created, existing: DEMO_PARTICIPANTS.length - created };
  }

  /** The patient and clinician instruments, published as version 1. */
  private async seedInstruments(manager: EntityManager): Promise<Omit<SeedStepResult, 'step'>> {
    let created = 0;
    for (const seed of INSTRUMENT_SEEDS) {
      if (await manager.existsBy(Instrument, { key: seed.key })) continue;
      const definition = structuredClone(seed.definition) as Record<string, unknown>;
      const instrument = await manager.save(manager.create(Instrument, { key: seed.key, title: { ...seed.title }, targetGroups: [...seed.targetGroups] }));
      await manager.insert(InstrumentVersion, {
        instrumentId: instrument.id,
        version: 1,
        status: 'published',
        definition: definition as never,
        languages: languagesOffered(definition),
        consent: { version: seed.consent.version, text: { ...seed.consent.text } },
        checksum: definitionChecksum(definition),
        revision: 1,
        publishedAt: new Date(),
      });
      created += 1;
    }
    return { created, existing: INSTRUMENT_SEEDS.length - created };
  }

  /** The meaningful-AI codebook (parents are listed before their children). */
  private async seedCodebook(manager: EntityManager): Promise<Omit<SeedStepResult, 'step'>> {
    const idOfKey = new Map((await manager.find(Code, { select: { id: true, key: true } })).map((c) => [c.key, c.id]));
    let created = 0;
    for (const code of MEANINGFUL_AI_CODEBOOK) {
      if (idOfKey.has(code.key)) continue;
      const saved = await manager.save(
        manager.create(Code, {
          key: code.key,
          parentId: code.parentKey ? (idOfKey.get(code.parentKey) ?? null) : null,
          name: { ...code.name },
          definition: { ...code.definition },
          inclusion: { ...code.inclusion },
          exclusion: { ...code.exclusion },
          example: { ...code.example },
          color: code.color,
          criterion: code.criterion,
          valence: code.valence,
          task: code.task,
        }),
      );
      idOfKey.set(code.key, saved.id);
      created += 1;
    }
    return { created, existing: MEANINGFUL_AI_CODEBOOK.length - created };
  }
}
