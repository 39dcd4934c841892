// The extractor: a document and the lexicon in, entities and relations out. Each numbered
// stage is a pure function; this file only runs them in order and shapes the result as
// the contract of ../types.ts. It never throws: a failure inside leaves an empty result.
import type { Extraction, ExtractedEntity, ExtractedRelation, SourceDocument } from '../types';
import type { Lexicon } from '../lexicon';
import { findBody } from './1-body';
import { detectLanguage } from './2-language';
import { splitSentences } from './3-sentences';
import { findMentions } from './4-mentions';
import { namesWithoutState, resolveMentions } from './5-resolve';
import { findRelations, type RelationOptions } from './6-relations';
import { withConfidence } from './7-confidence';

export { toEvalOutput, type EvalOutput } from './evalOutput';
export { findBody } from './1-body';
export { detectLanguage, guessLanguage } from './2-language';
export { splitSentences } from './3-sentences';
export { findMentions } from './4-mentions';
export { resolveMentions } from './5-resolve';
export { findRelations } from './6-relations';
export { MIN_CONFIDENCE } from './7-confidence';

export interface ExtractOptions extends RelationOptions {
  /** Use compromise for English names (default true). */
  nlp?: boolean;
  /** Keep the rule family of each relation (for measuring confidence). */
  debugRules?: boolean;
  /** Withhold relations below this confidence (default MIN_CONFIDENCE; 0 keeps every relation). */
  minConfidence?: number;
}

/** Texts larger than this are cut (the body is chosen inside the first part). */
export const MAX_TEXT = 2_000_000;

export function extract(doc: SourceDocument, lexicon: Lexicon, opts: ExtractOptions = {}): Extraction {
  const text = typeof doc?.text === 'string' ? doc.text : '';
  const empty: Extraction = { language: 'und', coverage: 'gazetteer', body: { start: 0, end: 0 }, entities: [], relations: [] };
  try {
    const work = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
    const body = findBody(work, lexicon);
    const lang = detectLanguage(work, body, lexicon, doc.language);
    const sentences = splitSentences(work, lang.paragraphs, lexicon);
    const raw = findMentions(sentences, lexicon, { nlp: opts.nlp });
    const { entities, mentions } = resolveMentions(raw, lexicon);
    // A fault in one relation rule must not cost the document its entities.
    let relations: ReturnType<typeof withConfidence> = [];
    try {
      relations = withConfidence(findRelations(sentences, mentions, entities, lexicon, opts), opts.minConfidence);
    } catch {
      relations = [];
    }
    const bySentence = new Map(sentences.map((s) => [s.index, s]));
    const outEntities: ExtractedEntity[] = entities.map((e) => {
      const entry = e.lexId ? lexicon.entries.get(e.lexId) : undefined;
      const gazAliases = entry ? [...Object.values(entry.aliases).flat(), ...namesWithoutState(entry, lexicon)] : [];
      const aliases = [...new Set([...e.surfaces, ...gazAliases])].filter((a) => a !== e.name);
      return {
        id: e.id, name: e.name, type: e.type, aliases,
        ...(e.wikidataId ? { wikidataId: e.wikidataId } : {}),
        mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface })),
      };
    });
    const outRelations: ExtractedRelation[] = relations.map((r) => {
      const s = bySentence.get(r.sentence) ?? sentences[0];
      const rel: ExtractedRelation = {
        subject: r.subject, predicate: r.predicate, object: r.object, confidence: r.confidence,
        evidence: { start: s.start, end: s.end, sentence: s.text },
      };
      if (r.action) rel.action = r.action;
      if (r.role) rel.role = r.role;
      if (r.status) rel.status = r.status;
      if (opts.debugRules) (rel as ExtractedRelation & { rule?: string }).rule = r.rule;
      return rel;
    });
    return { language: lang.language, coverage: lang.coverage, body, entities: outEntities, relations: outRelations };
  } catch {
    return empty;
  }
}
