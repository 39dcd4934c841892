// Stage 7: confidence. A relation's confidence is the measured precision of the rule
// family that produced it: the share of its relations on the dev texts that the gold
// annotation confirms. The table lives in ./confidence.json with how it was measured.
import table from './confidence.json';
import type { WorkRelation } from './model';

const RATES: Record<string, number> = (table as { rates: Record<string, number> }).rates ?? {};
const DEFAULT = (table as { default?: number }).default ?? 0.5;

export function confidenceOf(rule: string): number {
  const v = RATES[rule];
  return typeof v === 'number' && v >= 0 && v <= 1 ? v : DEFAULT;
}

/**
 * Relations whose family is right less often than this are withheld by default. A relation that is right
 * with probability p raises F1 only when p > F1 / 2; measured blind, F1 is about 0.55-0.6, so a family
 * right less than 30% of the time costs more precision than it gives recall. `minConfidence: 0` keeps all.
 */
export const MIN_CONFIDENCE = 0.3;

export function withConfidence<T extends WorkRelation>(relations: T[], minConfidence = MIN_CONFIDENCE): (T & { confidence: number })[] {
  return relations.map((r) => ({ ...r, confidence: confidenceOf(r.rule) })).filter((r) => r.confidence >= minConfidence);
}
