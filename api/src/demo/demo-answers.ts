import type { Language } from '../centers/center.entity.js';
import type { StakeholderGroup } from '../participants/stakeholder-groups.js';
import { CRITERIA, TASKS, type Criterion, type Task } from '../surveys/survey-tags.js';
import { CLINICIAN_COMMENTS, CLINICIAN_CONDITIONS, PATIENT_COMMENTS } from './demo-free-texts.js';
import type { DemoRandom } from './demo-random.js';

export type Clinician = Exclude<StakeholderGroup, 'patient'>;
type Answers = Record<string, unknown>;

/**
 * Answers to the seeded instruments with the tendencies earlier rounds found (DESIGN.md):
 * patients weigh explainability and the care pathway highest and are more open when AI is
 * explained or proven to help; radiologists weigh accuracy highest; clinicians value prediction of
 * infiltration and progression far more than further characterisation, and those with hands-on
 * AI experience are more reserved. Means are on the 1–5 scales of the instruments.
 */
const PATIENT_IMPORTANCE: Record<Criterion, number> = {
  accuracy: 4.2,
  explainability: 4.5,
  cost: 2.7,
  interpretation: 4.1,
  care_pathway: 4.6,
};

const CLINICIAN_IMPORTANCE: Record<Clinician, Record<Criterion, number>> = {
  radiologist: { accuracy: 4.8, explainability: 3.8, cost: 3.2, interpretation: 3.9, care_pathway: 3.6 },
  neurologist: { accuracy: 4.4, explainability: 4.0, cost: 2.8, interpretation: 4.2, care_pathway: 4.3 },
  neurosurgeon: { accuracy: 4.5, explainability: 3.6, cost: 2.6, interpretation: 3.8, care_pathway: 4.5 },
  radiotherapist: { accuracy: 4.6, explainability: 3.9, cost: 2.9, interpretation: 3.7, care_pathway: 4.4 },
};

const TASK_VALUE: Record<Task, number> = { characterisation: 2.9, molecular: 3.4, infiltration: 4.4, progression: 4.6 };

/** Lowest acceptable sensitivity per task in %, before the profession's own shift. */
const SENSITIVITY: Record<Task, number> = { characterisation: 90, molecular: 85, infiltration: 83, progression: 87 };

const HANDS_ON = new Set(['research', 'clinical_occasional', 'clinical_regular']);

export function patientAnswers(random: DemoRandom, language: Language): Answers {
  const likert = (mean: number) => random.scale(mean, 0.85, 1, 5);
  const answers: Answers = {
    ai_openness: likert(3.5),
    ai_openness_if_explained: likert(4.2),
    ai_openness_if_proven: likert(4.4),
    trust_ai_result: likert(3.3),
    decision_role: random.weighted([
      ['doctor_alone', 3],
      ['doctor_with_ai', 8],
      ['doctor_and_ai_equal', 1],
      ['ai_checked_by_doctor', 4],
      ['dont_know', 2],
    ]),
  };
  for (const criterion of CRITERIA) answers[`importance_${criterion}`] = likert(PATIENT_IMPORTANCE[criterion]);
  answers.worry_privacy = likert(2.9);
  answers.worry_less_contact = likert(3.4);
  answers.worry_errors = likert(3.5);
  answers.information_preference = random.chance(0.05)
    ? ['none']
    : orderedSubset(random, [
        ['talk_with_doctor', 0.9],
        ['talk_with_nurse', 0.3],
        ['leaflet', 0.45],
        ['website_or_app', 0.25],
        ['video', 0.15],
      ]);
  answers.age_band = random.weighted([
    ['18-39', 2],
    ['40-59', 5],
    ['60-74', 6],
    ['75+', 2],
  ]);
  answers.gender = random.weighted([
    ['female', 9],
    ['male', 10],
    ['prefer_not_to_say', 1],
  ]);
  if (random.chance(0.4)) answers.comments = random.pick(PATIENT_COMMENTS[language]);
  return answers;
}

export function clinicianAnswers(random: DemoRandom, profession: Clinician, language: Language): Answers {
  const likert = (mean: number) => random.scale(mean, 0.8, 1, 5);
  const experience = random.weighted<string>(
    profession === 'radiologist'
      ? [
          ['none', 1],
          ['demo_only', 2],
          ['research', 3],
          ['clinical_occasional', 3],
          ['clinical_regular', 2],
        ]
      : [
          ['none', 3],
          ['demo_only', 4],
          ['research', 2],
          ['clinical_occasional', 1],
          ['clinical_regular', 0.5],
        ],
  );
  const handsOn = HANDS_ON.has(experience);
  const answers: Answers = {
    profession,
    years_in_specialty: random.weighted([
      ['0-4', 2],
      ['5-9', 3],
      ['10-19', 4],
      ['20+', 2],
    ]),
    ai_experience: experience,
  };
  // Shown only after hands-on use (visibleIf); answering a hidden question would be refused.
  if (handsOn) answers.ai_experience_vs_expectations = likert(2.7);
  answers.ai_overall_attitude = likert(handsOn ? 3.3 : 3.9);
  Object.assign(answers, professionAnswers(random, profession, likert));
  for (const task of TASKS) answers[`value_${task}`] = likert(TASK_VALUE[task]);

  const importance = CLINICIAN_IMPORTANCE[profession];
  for (const criterion of CRITERIA) answers[`importance_${criterion}`] = likert(importance[criterion]);
  // The ranking follows the stated importance, with some noise, as real respondents' do.
  answers.criteria_ranking = [...CRITERIA]
    .map((criterion) => ({ criterion, score: importance[criterion] + random.normal(0, 0.6) }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.criterion);

  // Radiologists ask more of characterisation; those who shape treatment more of infiltration.
  const shift = (task: Task) => (profession === 'radiologist' && task === 'characterisation' ? 3 : 0) + (profession !== 'radiologist' && task === 'infiltration' ? 2 : 0);
  for (const task of TASKS) {
    const sensitivity = clampPercent(random.normal(SENSITIVITY[task] + shift(task), 3), 75, 98);
    answers[`threshold_sensitivity_${task}`] = sensitivity;
    answers[`threshold_specificity_${task}`] = clampPercent(random.normal(sensitivity - 3, 3), 70, 97);
  }

  answers.explainability_needs = random.chance(0.04)
    ? ['none']
    : orderedSubset(random, [
        ['saliency_maps', profession === 'radiologist' ? 0.6 : 0.4],
        ['uncertainty_estimates', 0.7],
        ['written_report', profession === 'radiologist' ? 0.2 : 0.5],
        ['segmentation_overlay', 0.55],
        ['similar_cases', 0.2],
        ['training_data_and_limitations', 0.45],
        ['local_validation', 0.6],
      ]);
  answers.threshold_cost_per_case_eur = Math.max(0, 5 * Math.round(random.normal(profession === 'radiologist' ? 40 : 80, 25) / 5));
  answers.care_pathway_expected_effects = random.chance(0.04)
    ? ['none']
    : orderedSubset(random, [
        ['faster_diagnosis', 0.55],
        ['fewer_invasive_procedures', 0.25],
        ['better_tailored_treatment', profession === 'radiologist' ? 0.35 : 0.65],
        ['earlier_recurrence_detection', 0.6],
        ['more_consistent_reporting', profession === 'radiologist' ? 0.6 : 0.3],
        ['more_workload', handsOn ? 0.4 : 0.2],
        ['more_follow_up_tests', 0.2],
        ['deskilling', 0.15],
      ]);
  answers.care_pathway_overall_effect = likert(3.8);
  if (random.chance(0.6)) answers.conditions_for_use = random.pick(CLINICIAN_CONDITIONS[language]);
  if (random.chance(0.3)) answers.comments = random.pick(CLINICIAN_COMMENTS[language]);
  return answers;
}

/** The questions each profession alone is shown (visibleIf on profession). */
function professionAnswers(random: DemoRandom, profession: Clinician, likert: (mean: number) => number): Answers {
  switch (profession) {
    case 'radiologist':
      return {
        radiology_pacs_integration: likert(4.6),
        radiology_extra_reading_time: random.weighted([
          ['none', 2],
          ['up_to_1_min', 5],
          ['up_to_3_min', 3],
          ['up_to_5_min', 1],
          ['more_than_5_min', 0.3],
        ]),
      };
    case 'neurologist':
      return { neurology_pseudoprogression: likert(4.6), neurology_followup_planning: likert(4.0) };
    case 'neurosurgeon':
      return { neurosurgery_resection_planning: likert(4.4), neurosurgery_extend_resection: likert(3.2) };
    case 'radiotherapist':
      return { radiotherapy_target_delineation: likert(4.5), radiotherapy_individual_margins: likert(3.4) };
  }
}

/** Each option with its own probability, at least one, in the order listed. */
function orderedSubset(random: DemoRandom, options: ReadonlyArray<readonly [string, number]>): string[] {
  const chosen = options.filter(([, p]) => random.chance(p)).map(([value]) => value);
  return chosen.length > 0 ? chosen : [random.weighted(options.map(([value, p]) => [value, p] as const))];
}

function clampPercent(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}
