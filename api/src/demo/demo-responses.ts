import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Language } from '../centers/center.entity.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import type { InstrumentKey } from '../instruments/seed/instrument-seeds.js';
import { pseudonymCode, type StakeholderGroup } from '../participants/stakeholder-groups.js';
import { writeResponse } from '../responses/response-writer.js';
import { clinicianAnswers, patientAnswers } from './demo-answers.js';
import { demoRandom, seedOf } from './demo-random.js';

/** One demo respondent: who they are and which of their center's group they are (1, 2, …). */
export interface DemoRespondent {
  center: string;
  group: StakeholderGroup;
  language: Language;
  ordinal: number;
  /** A stable name for the respondent, independent of the pseudonym the counter hands out. */
  key: string;
}

// How many respondents of each group answer at each center, and in which language. UKM has no new
// patients and no neurosurgeons: the demo's UKM patients and the participant tests keep their codes.
const ROSTER: ReadonlyArray<{ center: string; language: Language; counts: Partial<Record<StakeholderGroup, number>>; english?: Partial<Record<StakeholderGroup, number>> }> = [
  { center: 'RUMC', language: 'nl', counts: { patient: 12, radiologist: 2, neurologist: 2, neurosurgeon: 2, radiotherapist: 1 }, english: { patient: 1 } },
  { center: 'UKD', language: 'de', counts: { patient: 10, radiologist: 2, neurologist: 1, neurosurgeon: 2, radiotherapist: 2 } },
  { center: 'UKM', language: 'de', counts: { radiologist: 2, neurologist: 2, radiotherapist: 2 } },
  { center: 'UKL', language: 'de', counts: { patient: 8, radiologist: 1, neurologist: 1, neurosurgeon: 2, radiotherapist: 1 } },
  { center: 'UNITN', language: 'it', counts: { patient: 10, radiologist: 2, neurologist: 1, neurosurgeon: 1, radiotherapist: 1 }, english: { radiologist: 1 } },
];

/** About 40 patients and 30 clinicians over the five centers, in a fixed order. */
export const DEMO_RESPONDENTS: readonly DemoRespondent[] = ROSTER.flatMap(({ center, language, counts, english }) =>
  Object.entries(counts).flatMap(([group, count]) =>
    Array.from({ length: count }, (_, index): DemoRespondent => {
      const ordinal = index + 1;
      // The last few of a group answer in English (an international fellow, a patient from abroad).
      const inEnglish = ordinal > count - (english?.[group as StakeholderGroup] ?? 0);
      return { center, group: group as StakeholderGroup, language: inEnglish ? 'en' : language, ordinal, key: `${center}/${group}/${ordinal}` };
    }),
  ),
);

export function instrumentKeyOf(group: StakeholderGroup): InstrumentKey {
  return group === 'patient' ? 'patient-meaningful-ai' : 'clinician-meaningful-ai';
}

/** The respondent's answers: the same every time (seeded by the respondent's key). */
export function demoAnswers(respondent: DemoRespondent): Record<string, unknown> {
  const random = demoRandom(seedOf(`polyphony-demo-answers/${respondent.key}`));
  return respondent.group === 'patient'
    ? patientAnswers(random, respondent.language)
    : clinicianAnswers(random, respondent.group, respondent.language);
}

/** A stable response id (name-based, UUID version 5 layout), so a second seed run finds each response. */
export function demoResponseId(respondent: DemoRespondent): string {
  const bytes = createHash('sha256').update(`polyphony-demo-response/${respondent.key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One completed response per demo respondent to version 1 of their group's instrument, stored as
 * real response rows through the same writer as a submission (each passes the server's validation:
 * see demo-responses.spec.ts). Each respondent is a new participant registered the product's way
 * (the next number of the center and group counter, consent recorded), so codes never collide with
 * participants others add. Idempotent: a respondent whose response id exists is skipped.
 */
export async function seedDemoResponses(manager: EntityManager): Promise<{ created: number; existing: number }> {
  const existingIds = new Set(
    (await manager.query<Array<{ id: string }>>('SELECT id FROM survey_response WHERE id = ANY($1::uuid[])', [DEMO_RESPONDENTS.map(demoResponseId)])).map((row) => row.id),
  );
  const versions = new Map<InstrumentKey, InstrumentVersion>();
  let created = 0;
  for (const respondent of DEMO_RESPONDENTS) {
    const id = demoResponseId(respondent);
    if (existingIds.has(id)) continue;
    const key = instrumentKeyOf(respondent.group);
    const version = versions.get(key) ?? (await firstVersion(manager, key));
    versions.set(key, version);

    const participantId = await registerParticipant(manager, respondent, version.consent?.version ?? null);
    await writeResponse(manager, {
      id,
      instrumentVersionId: version.id,
      participantId,
      centerCode: respondent.center,
      status: 'completed',
      // Exactly what validateResponse would store: demo-responses.spec.ts checks every one, so the
      // seed (run by every test app) does not pay for survey-core validation again.
      data: demoAnswers(respondent),
      language: respondent.language,
      revision: 0,
    });
    created += 1;
  }
  return { created, existing: DEMO_RESPONDENTS.length - created };
}

async function firstVersion(manager: EntityManager, key: InstrumentKey): Promise<InstrumentVersion> {
  const instrument = await manager.findOneByOrFail(Instrument, { key });
  return manager.findOneByOrFail(InstrumentVersion, { instrumentId: instrument.id, version: 1 });
}

/** As ParticipantsService.register: the next number of the center and group counter. */
async function registerParticipant(manager: EntityManager, respondent: DemoRespondent, consentVersion: string | null): Promise<string> {
  const [counter] = await manager.query<Array<{ last_value: number }>>(
    `INSERT INTO participant_counter (center_code, stakeholder_group, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (center_code, stakeholder_group) DO UPDATE SET last_value = participant_counter.last_value + 1
     RETURNING last_value`,
    [respondent.center, respondent.group],
  );
  const sequence = counter.last_value;
  const [row] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO participant (code, center_code, stakeholder_group, sequence, language, consent_version, consent_given_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::varchar IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [pseudonymCode(respondent.center, respondent.group, sequence), respondent.center, respondent.group, sequence, respondent.language, consentVersion],
  );
  return row.id;
}
