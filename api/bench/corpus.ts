import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** mulberry32: the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY: Record<string, string[]> = {
  nl: 'ik vind het belangrijk dat de arts uitlegt wat de computer ziet vertrouwen vertrouwd scan tumor behandeling uitleg fout mens controle sneller onzeker kosten ziekenhuis resultaat betrouwbaar begrijpen beslissing patiënt zorg wachten angst hoop'.split(' '),
  de: 'ich finde es wichtig dass der arzt erklärt was der computer sieht vertrauen vertraut aufnahme tumor behandlung erklärung fehler mensch kontrolle schneller unsicher kosten klinik ergebnis zuverlässig verstehen entscheidung patient versorgung warten angst hoffnung'.split(' '),
  it: 'penso che sia importante che il medico spieghi cosa vede il computer fiducia fidato risonanza tumore trattamento spiegazione errore persona controllo veloce incerto costi ospedale risultato affidabile capire decisione paziente cura attesa paura speranza'.split(' '),
  en: 'i think it matters that the doctor explains what the computer sees trust trusted scan tumour treatment explanation error human check faster unsure cost hospital result reliable understand decision patient care waiting fear hope'.split(' '),
};
const LANGUAGES = ['nl', 'de', 'it', 'en'] as const;
// A rarer word in about 1 % of turns, so searches have realistic selectivity.
export const RARE_WORD: Record<string, string> = { nl: 'vertrouwensband', de: 'vertrauensverhältnis', it: 'affidabilità', en: 'trustworthiness' };

export interface Corpus {
  transcriptIds: string[];
  codeIds: string[];
  coderIds: string[];
  words: number;
  codings: number;
}

/**
 * The benchmark corpus: `transcripts` interviews of ~8 000 words in four languages (speaker turns
 * of 40–120 words), 50 codes and `codings` codings by three coders, written with bulk INSERTs.
 */
export async function generateCorpus(dataSource: DataSource, options: { transcripts: number; wordsPerTranscript: number; codings: number; coderIds: string[]; createdBy: string }): Promise<Corpus> {
  const next = random(20261127);
  const participants = await dataSource.query<Array<{ id: string; center_code: string; stakeholder_group: string }>>('SELECT id, center_code, stakeholder_group FROM participant');
  const codeIds: string[] = [];
  for (let c = 0; c < 50; c += 1) {
    const id = randomUUID();
    codeIds.push(id);
    await dataSource.query(`INSERT INTO code (id, key, name, criterion, valence) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      `bench-code-${c}`,
      JSON.stringify({ en: `Bench code ${c}` }),
      ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'][c % 5],
      ['positive', 'negative', 'conditional', 'neutral'][c % 4],
    ]);
  }
  const transcriptIds: string[] = [];
  const lengths: number[] = [];
  let words = 0;
  for (let i = 0; i < options.transcripts; i += 1) {
    const language = LANGUAGES[i % 4];
    const vocabulary = VOCABULARY[language];
    const participant = participants[i % participants.length];
    const turns: string[] = [];
    let count = 0;
    while (count < options.wordsPerTranscript) {
      const n = 40 + Math.floor(next() * 80);
      const words = Array.from({ length: n }, () => vocabulary[Math.floor(next() * vocabulary.length)]);
      if (next() < 0.01) words[Math.floor(next() * n)] = RARE_WORD[language]!;
      const text = words.join(' ');
      turns.push(`${turns.length % 2 === 0 ? 'I' : 'P'}: ${text}.`);
      count += n;
    }
    words += count;
    const text = turns.join('\n');
    const id = randomUUID();
    transcriptIds.push(id);
    lengths.push(text.length);
    await dataSource.query(
      `INSERT INTO transcript (id, participant_id, center_code, stakeholder_group, language, interview_month, source_format, text, length_cp, created_by)
       VALUES ($1, $2, $3, $4, $5, '2026-10-01', 'txt', $6, $7, $8)`,
      [id, participant.id, participant.center_code, participant.stakeholder_group, language, text, text.length, options.createdBy],
    );
    let start = 0;
    const rows = turns.map((turn, ordinal) => {
      const row = { transcript_id: id, ordinal, start_cp: start, end_cp: start + turn.length, speaker_label: turn[0], role: turn[0] === 'I' ? 'interviewer' : 'participant', language, text: turn };
      start += turn.length + 1;
      return row;
    });
    await dataSource.query(
      `INSERT INTO segment (transcript_id, ordinal, start_cp, end_cp, speaker_label, role, language, text)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(transcript_id uuid, ordinal int, start_cp int, end_cp int, speaker_label text, role varchar, language varchar, text text)`,
      [JSON.stringify(rows)],
    );
  }
  const batch: object[] = [];
  const flush = async () => {
    await dataSource.query(
      `INSERT INTO coding (transcript_id, code_id, coder_id, start_cp, end_cp)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(transcript_id uuid, code_id uuid, coder_id uuid, start_cp int, end_cp int)`,
      [JSON.stringify(batch)],
    );
    batch.length = 0;
  };
  for (let k = 0; k < options.codings; k += 1) {
    const t = Math.floor(next() * transcriptIds.length);
    const start = Math.floor(next() * (lengths[t] - 400));
    batch.push({ transcript_id: transcriptIds[t], code_id: codeIds[Math.floor(next() * codeIds.length)], coder_id: options.coderIds[k % options.coderIds.length], start_cp: start, end_cp: start + 50 + Math.floor(next() * 300) });
    if (batch.length === 5_000) await flush();
  }
  if (batch.length) await flush();
  // As the API does at coding time: copy each passage and its context out of the transcript.
  await dataSource.query(
    `UPDATE coding c SET passage = substr(t.text, c.start_cp + 1, c.end_cp - c.start_cp),
                         context_before = substr(t.text, greatest(1, c.start_cp + 1 - 160), least(c.start_cp, 160)),
                         context_after = substr(t.text, c.end_cp + 1, 160)
     FROM transcript t WHERE t.id = c.transcript_id`,
  );
  await dataSource.query('ANALYZE');
  return { transcriptIds, codeIds, coderIds: options.coderIds, words, codings: options.codings };
}
