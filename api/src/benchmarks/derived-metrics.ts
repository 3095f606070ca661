import { EXPLAINABILITY_FEATURES, type DerivedMetric } from './benchmark-schema.js';
import type { AiPackageView, BoundedNormalisation } from './benchmark-views.js';

/**
 * Package-level metrics computed from metadata, not imported:
 * - explainability_features: the share of the three explainability features the package offers
 *   (saliency maps, uncertainty, a written report): 0, 1/3, 2/3 or 1;
 * - pacs_integration: 1 when the package runs inside the PACS, 0 when only standalone.
 */
export function derivedMetrics(pkg: Pick<AiPackageView, 'explainabilityFeatures' | 'integration'>): Record<DerivedMetric, number> {
  const offered = EXPLAINABILITY_FEATURES.filter((feature) => pkg.explainabilityFeatures.includes(feature)).length;
  return {
    explainability_features: offered / EXPLAINABILITY_FEATURES.length,
    pacs_integration: pkg.integration.includes('pacs') ? 1 : 0,
  };
}

/** The criterion mapping's normalisation: (value − worst) / (best − worst), clipped to 0–1. */
export function normalise(value: number, normalisation: BoundedNormalisation): number {
  const span = normalisation.best - normalisation.worst;
  if (span === 0) return value === normalisation.best ? 1 : 0;
  return Math.min(1, Math.max(0, (value - normalisation.worst) / span));
}
