// Plural references to firms: "the two companies", "both firms", "selskaberne", "begge selskaber". Such a phrase
// stands for the firms the text has just named together ("Apple og Amazon … Begge selskaber afviser afgørelsen"), and
// whatever a rule finds for it holds for each of them.
import type { Triggers } from '../../lexicon';
import type { Token } from '../tokens';
import type { WorkRelation } from '../model';
import type { Occ, SentenceCtx } from './context';

/** Numerals that fix how many firms the phrase means. */
const COUNTS = new Map([['both', 2], ['two', 2], ['three', 3], ['begge', 2], ['to', 2], ['tre', 3]]);

export interface PluralRef {
  /** Tokens of the phrase, [start, end). */
  start: number;
  end: number;
  /** How many firms the phrase says there are, when it says so. */
  count?: number;
}

/**
 * The plural phrase for firms starting at token k: a definite plural noun ("selskaberne"), or a determiner or numeral
 * and a plural noun ("the companies", "both firms", "the two groups", "de to selskaber", "begge koncerner").
 */
export function pluralFirmsAt(toks: Token[], k: number, trig: Triggers): PluralRef | undefined {
  const t = toks[k];
  if (!t?.word || (t.cap && k > 0)) return undefined;
  if (trig.pluralFirmsDefinite.has(t.norm)) return { start: k, end: k + 1 };
  if (!trig.determiners.has(t.norm) && !COUNTS.has(t.norm)) return undefined;
  let count = COUNTS.get(t.norm);
  let j = k + 1;
  if (COUNTS.has(toks[j]?.norm ?? '')) count = COUNTS.get(toks[j++].norm);
  // "the companies" needs its article; a bare plural ("companies such as …") introduces names, it refers to none.
  if (j === k + 1 && !count && !['the', 'de'].includes(t.norm)) return undefined;
  const noun = toks[j];
  if (!noun?.word || !trig.pluralFirms.has(noun.norm)) return undefined;
  return { start: k, end: j + 1, count };
}

/**
 * The firms a plural phrase at token k refers to (`done` the sentences before, `here` its own sentence's names): those
 * named (not by reference, nor as a nationality word; a possessor counts: "Apples bøde") earlier in its sentence, else in the nearest of the three sentences before
 * that names two or more or has a plural phrase of its own ("AGCM pålægger de to selskaber … Begge selskaber afviser").
 * Their number must be the phrase's when it gives one, and at most four when it does not.
 */
export function pluralGroup(done: SentenceCtx[], here: Occ[], k: number, ref: PluralRef): string[] | undefined {
  const firms = (occs: Occ[]) => {
    const earlier = occs.find((o) => o.group)?.group;
    const named = [...new Set(occs.filter((o) => o.type === 'Company' && o.kind !== 'coref' && o.kind !== 'adjective').map((o) => o.entityId))];
    return named.length >= 2 ? named : earlier ?? named;
  };
  const candidates = [firms(here.filter((o) => o.tokEnd <= k)), ...done.slice(-3).reverse().map((sc) => firms(sc.occs))];
  const group = candidates.find((g) => g.length >= 2);
  if (!group) return undefined;
  if (ref.count ? group.length !== ref.count : group.length > 4) return undefined;
  return group;
}

/** Predicates a plural subject or object carries to every firm of its group. */
const SHARED = new Set(['TARGETS', 'OPPOSES', 'SUPPORTS', 'SUPPLIES']);

/**
 * Each relation found for a plural phrase's first firm, in the phrase's sentence, holds for the other firms of its
 * group too, unless the sentence names that first firm itself.
 */
export function spreadPlurals(sentences: SentenceCtx[], relations: WorkRelation[]): WorkRelation[] {
  const groups = new Map<number, string[][]>();
  for (const sc of sentences) {
    for (const o of sc.occs) {
      if (!o.group || sc.occs.some((x) => x.entityId === o.entityId && x.kind !== 'coref')) continue;
      groups.set(sc.s.index, [...(groups.get(sc.s.index) ?? []), o.group]);
    }
  }
  if (groups.size === 0) return [];
  const added: WorkRelation[] = [];
  for (const r of relations) {
    if (!SHARED.has(r.predicate)) continue;
    for (const g of groups.get(r.sentence) ?? []) {
      const [first, ...rest] = g;
      if (r.subject === first) for (const id of rest) if (id !== r.object) added.push({ ...r, subject: id });
      if (r.object === first) for (const id of rest) if (id !== r.subject) added.push({ ...r, object: id });
    }
  }
  return added;
}
