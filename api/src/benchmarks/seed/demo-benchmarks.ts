import type { EntityManager } from 'typeorm';
import { DEMO_CENTERS } from '../../demo/demo-centers.js';
import type { BenchmarkMetric, BenchmarkTask, ExplainabilityFeature, Integration, RegulatoryStatus } from '../benchmark-schema.js';
import type { BenchmarkRow } from '../validate-benchmark-rows.js';

/**
 * SYNTHETIC demo benchmark: four fictitious packages (any likeness to real products is
 * unintended), four tasks, five centers. The numbers are generated deterministically from a
 * seeded generator so the demo looks the same everywhere; they are plausible in size and spread
 * (site effects, Wilson intervals for proportions) but measure nothing. Packages are stored with
 * `synthetic: true` and the web app labels them.
 */
export interface DemoPackage {
  key: string;
  name: string;
  vendor: string;
  version: string;
  regulatoryStatus: RegulatoryStatus;
  explainabilityFeatures: ExplainabilityFeature[];
  integration: Integration[];
  /** Skill per task (0–1, where 0.5 is average), cost per case and processing time. */
  skill: Record<BenchmarkTask, number>;
  costPerCase: number;
  secondsPerCase: number;
}

export const DEMO_PACKAGES: readonly DemoPackage[] = [
  {
    key: 'alba-neuro',
    name: 'Alba Neuro (synthetic)',
    vendor: 'Alba Imaging Labs (fictitious)',
    version: '3.2.0',
    regulatoryStatus: 'ce_class_iia',
    explainabilityFeatures: ['report'],
    integration: ['pacs'],
    skill: { characterisation: 0.85, molecular: 0.6, infiltration: 0.45, progression: 0.3 },
    costPerCase: 18,
    secondsPerCase: 95,
  },
  {
    key: 'borealis-mri',
    name: 'Borealis MRI (synthetic)',
    vendor: 'Borealis Health (fictitious)',
    version: '1.8.4',
    regulatoryStatus: 'ce_class_iib',
    explainabilityFeatures: ['saliency_maps', 'uncertainty', 'report'],
    integration: ['pacs', 'standalone'],
    skill: { characterisation: 0.7, molecular: 0.7, infiltration: 0.65, progression: 0.55 },
    costPerCase: 32,
    secondsPerCase: 140,
  },
  {
    key: 'corvid-onco',
    name: 'Corvid Onco (synthetic)',
    vendor: 'Corvid Analytics (fictitious)',
    version: '0.9.2',
    regulatoryStatus: 'research_use_only',
    explainabilityFeatures: ['uncertainty'],
    integration: ['standalone'],
    skill: { characterisation: 0.5, molecular: 0.45, infiltration: 0.85, progression: 0.8 },
    costPerCase: 9,
    secondsPerCase: 420,
  },
  {
    key: 'delta-glioma',
    name: 'Delta Glioma (synthetic)',
    vendor: 'Delta Research Consortium (fictitious)',
    version: '2.0.0-beta',
    regulatoryStatus: 'in_development',
    explainabilityFeatures: ['saliency_maps'],
    integration: ['standalone'],
    skill: { characterisation: 0.4, molecular: 0.55, infiltration: 0.4, progression: 0.45 },
    costPerCase: 3,
    secondsPerCase: 60,
  },
];

export const DEMO_DATASET = 'synthetic-demo-2026';

const TASK_METRICS: Record<BenchmarkTask, BenchmarkMetric[]> = {
  characterisation: ['sensitivity', 'specificity', 'auc', 'processing_time_s', 'cost_per_case_eur'],
  molecular: ['sensitivity', 'specificity', 'auc', 'processing_time_s', 'cost_per_case_eur'],
  infiltration: ['dice', 'hd95', 'icc', 'processing_time_s', 'cost_per_case_eur'],
  progression: ['sensitivity', 'specificity', 'auc', 'dice', 'hd95', 'icc', 'processing_time_s', 'cost_per_case_eur'],
};

/** Cases per center and task (some centers contribute more). */
const CASES: Record<string, number> = { RUMC: 140, UKD: 110, UKM: 120, UKL: 90, UNITN: 70 };

/** mulberry32: a tiny seeded generator, so the demo numbers never change between runs. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function seedOf(text: string): number {
  let hash = 2_166_136_261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16_777_619);
  return hash >>> 0;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const clip = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Wilson score interval for a proportion p observed in n cases. */
function wilson(p: number, n: number): [number, number] {
  const z = 1.959964;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [centre - half, centre + half];
}

function numbers(metric: BenchmarkMetric, skill: number, pkg: DemoPackage, n: number, random: () => number): { value: number; ciLow: number; ciHigh: number; n: number } {
  const noise = (spread: number) => (random() - 0.5) * 2 * spread;
  // Roughly 45% of cases are positive for the classification tasks.
  const positives = Math.max(10, Math.round(n * 0.45));
  switch (metric) {
    case 'sensitivity':
    case 'specificity':
    case 'ppv':
    case 'npv':
    case 'balanced_accuracy': {
      const count = metric === 'specificity' ? n - positives : positives;
      const p = round(clip(0.66 + 0.28 * skill + noise(0.04), 0.5, 0.99), 3);
      const [low, high] = wilson(p, count);
      return { value: p, ciLow: round(Math.min(low, p), 3), ciHigh: round(Math.max(high, p), 3), n: count };
    }
    case 'auc': {
      const p = round(clip(0.7 + 0.25 * skill + noise(0.03), 0.55, 0.99), 3);
      // Hanley–McNeil-sized interval, simplified to the balanced case.
      const se = Math.sqrt((p * (1 - p)) / Math.min(positives, n - positives)) * 0.9;
      return { value: p, ciLow: round(clip(p - 1.96 * se, 0, p), 3), ciHigh: round(clip(p + 1.96 * se, p, 1), 3), n };
    }
    case 'dice': {
      const p = round(clip(0.62 + 0.28 * skill + noise(0.04), 0.4, 0.95), 3);
      const se = 0.09 / Math.sqrt(n);
      return { value: p, ciLow: round(clip(p - 1.96 * se, 0, p), 3), ciHigh: round(clip(p + 1.96 * se, p, 1), 3), n };
    }
    case 'hd95': {
      const mm = round(clip(14 - 10 * skill + noise(1.2), 2, 25), 1);
      const se = (mm * 0.6) / Math.sqrt(n);
      return { value: mm, ciLow: round(Math.max(0, mm - 1.96 * se), 1), ciHigh: round(mm + 1.96 * se, 1), n };
    }
    case 'icc':
    case 'kappa': {
      const r = round(clip(0.6 + 0.35 * skill + noise(0.04), 0.3, 0.98), 3);
      // Fisher z interval.
      const z = Math.atanh(r);
      const se = 1 / Math.sqrt(n - 3);
      return { value: r, ciLow: round(Math.min(r, Math.tanh(z - 1.96 * se)), 3), ciHigh: round(Math.max(r, Math.tanh(z + 1.96 * se)), 3), n };
    }
    case 'processing_time_s': {
      const seconds = round(pkg.secondsPerCase * (1 + noise(0.15)), 0);
      const se = (seconds * 0.3) / Math.sqrt(n);
      return { value: seconds, ciLow: round(Math.max(0, seconds - 1.96 * se), 1), ciHigh: round(seconds + 1.96 * se, 1), n };
    }
    case 'cost_per_case_eur': {
      const euros = round(pkg.costPerCase * (1 + noise(0.05)), 2);
      return { value: euros, ciLow: round(euros * 0.93, 2), ciHigh: round(euros * 1.07, 2), n };
    }
  }
}

/** The full synthetic result set: 4 packages × 5 centers × 23 task metrics = 460 rows. */
export function demoBenchmarkRows(): BenchmarkRow[] {
  const rows: BenchmarkRow[] = [];
  for (const pkg of DEMO_PACKAGES) {
    for (const center of DEMO_CENTERS) {
      const random = generator(seedOf(`${pkg.key}/${center.code}`));
      // A site effect shared by all of a package's tasks at one center (scanner, protocol, case mix).
      const site = (random() - 0.5) * 0.16;
      for (const task of Object.keys(TASK_METRICS) as BenchmarkTask[]) {
        const n = CASES[center.code] ?? 80;
        for (const metric of TASK_METRICS[task]) {
          const skill = clip(pkg.skill[task] + site, 0, 1);
          rows.push({ row: rows.length + 2, packageKey: pkg.key, packageVersion: pkg.version, task, center: center.code, dataset: DEMO_DATASET, metric, ...numbers(metric, skill, pkg, n, random) });
        }
      }
    }
  }
  return rows;
}

/** Seed step `benchmarks`: inserts what is missing, never overwrites (a lead may have edited). */
export async function seedDemoBenchmarks(manager: EntityManager): Promise<{ created: number; existing: number }> {
  let created = 0;
  for (const pkg of DEMO_PACKAGES) {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO ai_package (key, name, vendor, regulatory_status, explainability_features, integration, synthetic)
       VALUES ($1, $2, $3, $4, $5, $6, true) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [pkg.key, pkg.name, pkg.vendor, pkg.regulatoryStatus, JSON.stringify(pkg.explainabilityFeatures), JSON.stringify(pkg.integration)],
    );
    created += inserted.length;
  }
  const rows = demoBenchmarkRows();
  for (let start = 0; start < rows.length; start += 100) {
    const chunk = rows.slice(start, start + 100);
    const values: unknown[] = [];
    const tuples = chunk.map((row, i) => {
      values.push(row.packageKey, row.packageVersion, row.task, row.center, row.dataset, row.metric, row.value, row.ciLow, row.ciHigh, row.n);
      const base = i * 10;
      return `(${Array.from({ length: 10 }, (_, j) => `$${base + j + 1}`).join(', ')})`;
    });
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO benchmark_result (package_key, package_version, task, center_code, dataset, metric, value, ci_low, ci_high, n)
       VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING id`,
      values,
    );
    created += inserted.length;
  }
  return { created, existing: DEMO_PACKAGES.length + rows.length - created };
}
