import { ExpressionRunner } from 'survey-core';
import { walkDefinition } from './definition-walker.js';

/**
 * Every variable any expression of the definition reads (visibleIf, enableIf, requiredIf,
 * expressions, validators, calculated values, choicesVisibleIf …, found through survey-core's
 * metadata), plus the sources of `choicesFromQuestion`; lower-cased, as SurveyJS resolves
 * variables case-insensitively. A superset is harmless; a miss would not be.
 */
export function referencedVariables(definition: object): Set<string> {
  const variables = new Set<string>();
  walkDefinition(definition, {
    property: (_place, key, value, property) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      if (key === 'choicesFromQuestion') variables.add(value.toLowerCase());
      if (!property.isExpression) return;
      for (const variable of new ExpressionRunner(value).getVariables()) variables.add(variable.toLowerCase());
    },
  });
  return variables;
}

/**
 * True when `key` (a data key) is read by one of `variables`: `{key}`, `{key.row}`, `{key[0].x}`.
 * Matched on the key itself because names may contain dots.
 */
export function isReferenced(key: string, variables: ReadonlySet<string>): boolean {
  const lower = key.toLowerCase();
  if (variables.has(lower)) return true;
  for (const variable of variables) if (variable.startsWith(`${lower}.`) || variable.startsWith(`${lower}[`)) return true;
  return false;
}
