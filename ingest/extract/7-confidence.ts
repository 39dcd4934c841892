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

export function withConfidence<T extends WorkRelation>(relations: T[]): (T & { confidence: number })[] {
  return relations.map((r) => ({ ...r, confidence: confidenceOf(r.rule) }));
}
