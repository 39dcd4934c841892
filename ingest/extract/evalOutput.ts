// The JSON the evaluation scorer reads (../../../shared/eval/README.md): entities by
// canonical name with the aliases the graph will hold for them (surface forms seen in the
// text and the gazetteer's names in every language), relations by entity names.
import type { Extraction } from '../types';

export interface EvalOutput {
  language: string;
  entities: { name: string; type: string; aliases: string[] }[];
  relations: {
    subject: string; predicate: string; object: string; evidence: string; confidence: number;
    action?: string; role?: string; status?: string; rule?: string;
  }[];
}

export function toEvalOutput(x: Extraction): EvalOutput {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    language: x.language,
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [...new Set([...e.mentions.map((m) => m.surface), ...e.aliases])].filter((s) => s !== e.name),
    })),
    relations: x.relations
      .filter((r) => names.has(r.subject) && names.has(r.object))
      .map((r) => {
        const out: EvalOutput['relations'][number] = {
          subject: names.get(r.subject)!, predicate: r.predicate, object: names.get(r.object)!,
          evidence: r.evidence.sentence, confidence: r.confidence,
        };
        if (r.action) out.action = r.action;
        if (r.role) out.role = r.role;
        if (r.status) out.status = r.status;
        const rule = (r as { rule?: string }).rule;
        if (rule) out.rule = rule;
        return out;
      }),
  };
}
