// Cross-validated quality of the code suggester on a synthetic, deliberately noisy corpus, against a
// prior-frequency baseline that ignores the text. Run:
//   npx vitest run --config vitest.bench.config.ts analysis/bench/suggest.bench.ts
import { expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import type { CodedPassage } from '../src/suggestions/code-suggester-model.js';
import { crossValidate } from '../src/suggestions/cross-validate.js';
import { mulberry32 } from '../src/suggestions/mulberry32.js';
import type { Language } from '../src/text/language.js';

type CorpusLanguage = Extract<Language, 'nl' | 'en'>;

const CODES = [
  'accuracy',
  'transparency',
  'cost',
  'interpretation',
  'care-pathway',
  'trust',
  'workload',
  'autonomy',
  'privacy',
  'infiltration',
] as const;

// Unequal code frequencies, as in real coding: the commonest code is five times the rarest.
const CODE_WEIGHTS = [0.2, 0.16, 0.13, 0.11, 0.1, 0.08, 0.07, 0.06, 0.05, 0.04];

// Each code's own words, with inflections so stemming matters and with words shared between codes
// (twijfel/doubt, lezen/reading, toestemming/consent, controle/control, betrouwbaar/reliable).
const CODE_WORDS: Record<CorpusLanguage, Record<(typeof CODES)[number], string[]>> = {
  nl: {
    accuracy: ['nauwkeurig', 'nauwkeurigheid', 'betrouwbaar', 'fout', 'fouten', 'foutmarge', 'sensitiviteit', 'specificiteit', 'diagnose', 'correct'],
    transparency: ['uitleg', 'uitleggen', 'uitgelegd', 'transparant', 'transparantie', 'begrijpelijk', 'inzicht', 'verklaren', 'verklaring', 'open'],
    cost: ['kosten', 'duur', 'goedkoop', 'budget', 'prijs', 'betalen', 'vergoeding', 'investering', 'euro', 'besparing'],
    interpretation: ['interpretatie', 'interpreteren', 'lezen', 'kaart', 'kleur', 'afwijking', 'beoordelen', 'twijfel', 'grens', 'contrast'],
    'care-pathway': ['zorgpad', 'verwijzing', 'wachttijd', 'planning', 'operatie', 'bestraling', 'afspraak', 'controle', 'vervolg', 'traject'],
    trust: ['vertrouwen', 'vertrouwd', 'vertrouw', 'geloof', 'zeker', 'veilig', 'twijfel', 'gevoel', 'eerlijk', 'betrouwbaar'],
    workload: ['werkdruk', 'tijd', 'sneller', 'efficiënt', 'overbelast', 'drukte', 'lezen', 'routine', 'collega', 'dienst'],
    autonomy: ['keuze', 'beslissen', 'zelf', 'meebeslissen', 'inspraak', 'wens', 'controle', 'regie', 'toestemming', 'vrijheid'],
    privacy: ['privacy', 'gegevens', 'data', 'opslag', 'delen', 'beveiliging', 'anoniem', 'toestemming', 'server', 'lek'],
    infiltration: ['infiltratie', 'groei', 'recidief', 'terugkeer', 'rand', 'voorspellen', 'voorspelling', 'uitbreiding', 'progressie', 'marge'],
  },
  en: {
    accuracy: ['accurate', 'accuracy', 'reliable', 'error', 'errors', 'sensitivity', 'specificity', 'diagnosis', 'correct', 'mistakes'],
    transparency: ['explain', 'explained', 'explanation', 'transparent', 'transparency', 'understandable', 'insight', 'clarify', 'reasoning', 'open'],
    cost: ['cost', 'costs', 'expensive', 'cheap', 'budget', 'price', 'pay', 'reimbursement', 'investment', 'savings'],
    interpretation: ['interpretation', 'interpret', 'reading', 'map', 'colour', 'abnormality', 'assess', 'doubt', 'boundary', 'contrast'],
    'care-pathway': ['pathway', 'referral', 'waiting', 'planning', 'surgery', 'radiotherapy', 'appointment', 'control', 'follow-up', 'journey'],
    trust: ['trust', 'trusted', 'trusting', 'believe', 'confident', 'safe', 'doubt', 'feeling', 'honest', 'reliable'],
    workload: ['workload', 'time', 'faster', 'efficient', 'overloaded', 'busy', 'reading', 'routine', 'colleagues', 'shift'],
    autonomy: ['choice', 'decide', 'myself', 'involvement', 'say', 'wish', 'control', 'consent', 'freedom', 'own'],
    privacy: ['privacy', 'personal', 'data', 'storage', 'share', 'security', 'anonymous', 'consent', 'server', 'leak'],
    infiltration: ['infiltration', 'growth', 'recurrence', 'return', 'margin', 'predict', 'prediction', 'spread', 'progression', 'edge'],
  },
};

// Words any passage may use, whatever its codes.
const GENERAL_WORDS: Record<CorpusLanguage, string[]> = {
  nl: ['ai', 'software', 'scan', 'mri', 'arts', 'patiënt', 'ziekenhuis', 'beeld', 'tumor', 'behandeling', 'systeem', 'computer', 'radioloog', 'onderzoek', 'resultaat', 'denk', 'vind', 'belangrijk', 'goed', 'misschien', 'eigenlijk', 'natuurlijk', 'gewoon', 'echt'],
  en: ['ai', 'software', 'scan', 'mri', 'doctor', 'patient', 'hospital', 'image', 'tumour', 'treatment', 'system', 'computer', 'radiologist', 'study', 'result', 'think', 'find', 'important', 'good', 'maybe', 'actually', 'course', 'just', 'really'],
};

const FUNCTION_WORDS: Record<CorpusLanguage, string[]> = {
  nl: ['de', 'het', 'een', 'en', 'ik', 'dat', 'is', 'in', 'van', 'niet', 'maar', 'wel', 'op', 'voor', 'met', 'je', 'als', 'ook', 'er', 'zijn'],
  en: ['the', 'a', 'and', 'i', 'that', 'is', 'in', 'of', 'not', 'but', 'on', 'for', 'with', 'you', 'if', 'also', 'there', 'it', 'be', 'to'],
};

const PASSAGES_PER_LANGUAGE = 300;
const TWO_CODE_SHARE = 0.3;
const LABEL_NOISE = 0.2;

/**
 * A corpus where a passage's words come from its codes' vocabularies only in part (the rest is
 * general and function words, plus some drift into an unrelated code), 30% of passages have two
 * codes, and 20% of passages have one label swapped for a wrong one.
 */
function generateCorpus(seed: number): CodedPassage[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Zipf-like within a vocabulary: early words are the code's most typical ones.
  const pickTypical = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 1.6)];
  const pickCode = (): (typeof CODES)[number] => {
    let remaining = random();
    for (let index = 0; index < CODES.length; index += 1) {
      remaining -= CODE_WEIGHTS[index];
      if (remaining < 0) return CODES[index];
    }
    return CODES[CODES.length - 1];
  };

  const passages: CodedPassage[] = [];
  for (const language of ['nl', 'en'] as const) {
    for (let n = 0; n < PASSAGES_PER_LANGUAGE; n += 1) {
      const codes = new Set([pickCode()]);
      if (random() < TWO_CODE_SHARE) while (codes.size < 2) codes.add(pickCode());
      const trueCodes = [...codes];
      const length = 10 + Math.floor(random() * 20);
      const words: string[] = [];
      for (let w = 0; w < length; w += 1) {
        const roll = random();
        if (roll < 0.35) words.push(pick(FUNCTION_WORDS[language]));
        else if (roll < 0.65) words.push(pick(GENERAL_WORDS[language]));
        else if (roll < 0.71) words.push(pickTypical(CODE_WORDS[language][pick(CODES)])); // drift off topic
        else words.push(pickTypical(CODE_WORDS[language][pick(trueCodes)]));
      }
      const labels = [...trueCodes];
      if (random() < LABEL_NOISE) {
        const wrong = CODES.filter((code) => !codes.has(code));
        labels[Math.floor(random() * labels.length)] = pick(wrong);
      }
      const sentence = words.join(' ');
      passages.push({ language, text: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`, codeIds: labels });
    }
  }
  return passages;
}

test('code suggestion: cross-validated macro precision and recall against a prior-frequency baseline', () => {
  const passages = generateCorpus(20_240_601);
  const options = { folds: 5, seed: 7 };
  const started = performance.now();
  const model = crossValidate(passages, { ...options, method: 'logistic-regression' });
  const seconds = (performance.now() - started) / 1000;
  const baseline = crossValidate(passages, { ...options, method: 'prior-frequency' });

  console.log(
    `suggest: ${passages.length} passages, ${options.folds} folds in ${seconds.toFixed(2)} s; ` +
      `macro F1 ${model.macro.f1.toFixed(3)} (baseline ${baseline.macro.f1.toFixed(3)}), ` +
      `micro P/R ${model.micro.precision.toFixed(3)}/${model.micro.recall.toFixed(3)}`,
  );
  for (const code of model.perCode) {
    console.log(`  ${code.codeId.padEnd(15)} support ${String(code.support).padStart(3)}  P ${code.precision.toFixed(2)}  R ${code.recall.toFixed(2)}  F1 ${code.f1.toFixed(2)}`);
  }
  reportBench({
    name: 'analysis.suggest.macro-precision',
    value: model.macro.precision,
    unit: 'ratio',
    baseline: { name: 'prior-frequency', value: baseline.macro.precision },
  });
  reportBench({
    name: 'analysis.suggest.macro-recall',
    value: model.macro.recall,
    unit: 'ratio',
    baseline: { name: 'prior-frequency', value: baseline.macro.recall },
  });
  expect(model.macro.f1).toBeGreaterThan(baseline.macro.f1);
});
