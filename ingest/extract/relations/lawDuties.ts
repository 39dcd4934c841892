// Duties a law lays on firms: "Under the law, platforms such as TikTok and Snapchat must stop under-16s …", "The law
// requires platforms such as TikTok to …", "Ifølge loven skal TikTok og Snapchat …", "Loven pålægger Meta at …": the law
// is aimed at the firms it binds.
import type { EntityType } from '../../../core/ontology';
import { add, listFrom, type DocCtx, type Occ, type SentenceCtx } from './context';

/** Words that open a clause governed by a law ("under", "ifølge", "i henhold til"): the law named right after. */
const GOVERNED_BY = new Set(['under', 'ifølge', 'efter']);
/** Articles and demonstratives before the law's name or noun ("under the law", "under denne lov"). */
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'den', 'det', 'denne', 'dette']);
/** Modal verbs of duty after the bound firms. */
const MODALS = new Set(['must', 'skal', 'må']);
/** Verbs by which a law binds the firms after it ("requires X to", "pålægger X at"). */
const BINDS = new Set(['requires', 'require', 'required', 'forces', 'force', 'forced', 'obliges', 'oblige', 'obliged', 'compels', 'compel', 'compelled', 'kræver', 'krævede', 'pålægger', 'pålagde', 'forpligter', 'forpligtede', 'tvinger', 'tvang']);
const FIRMS: EntityType[] = ['Company', 'Product'];

export function lawDuties(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const policies = sc.occs.filter((o) => o.type === 'Policy' && !o.genitive && o.kind !== 'adjective');
  for (const p of policies) {
    // "Under the law, X must", "Ifølge loven skal X": the governed clause opens the sentence.
    const det = DETERMINERS.has(toks[p.tokStart - 1]?.norm ?? '') ? 1 : 0;
    const opens = p.tokStart - det <= 3 && GOVERNED_BY.has(toks[p.tokStart - 1 - det]?.norm ?? '') && toks.slice(0, p.tokStart - 1 - det).every((t) => !t.word || ['i', 'henhold', 'til'].includes(t.norm));
    let firms: Occ[] = [];
    if (opens) {
      // The firms bound: the first named after the law, with the list it opens, then a modal of duty within a few
      // words ("TikTok, Snapchat og X må", "platforms such as TikTok … must"). Danish puts the modal first ("skal TikTok").
      const first = sc.occs.find((o) => o.tokStart > p.tokEnd && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
      if (!first) continue;
      const listed = listFrom(sc, first, FIRMS);
      const end = listed[listed.length - 1].tokEnd;
      const modalAfter = toks.slice(end, end + 3).some((t) => MODALS.has(t.norm));
      const modalBefore = MODALS.has(toks[first.tokStart - 1]?.norm ?? '');
      if (modalAfter || modalBefore) firms = listed;
    } else if (BINDS.has(toks[p.tokEnd]?.norm ?? '') || (BINDS.has(toks[p.tokEnd + 1]?.norm ?? '') && !toks[p.tokEnd].cap)) {
      // "The law requires platforms such as TikTok to …": the firms within a few words after the verb.
      const verb = BINDS.has(toks[p.tokEnd]?.norm ?? '') ? p.tokEnd : p.tokEnd + 1;
      const first = sc.occs.find((o) => o.tokStart > verb && o.tokStart - verb <= 6 && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
      if (first) firms = listFrom(sc, first, FIRMS);
    }
    for (const f of firms) add(ctx, { subject: p.entityId, predicate: 'TARGETS', object: f.entityId, action: 'restrict_access', rule: 'target.duty', sentence: sc.s.index });
  }
}
