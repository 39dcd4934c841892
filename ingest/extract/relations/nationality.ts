// BASED_IN from nationality words that qualify a named company, organisation or product:
// "Chinese telecoms firm Huawei", "svenske Ericsson", "de norske medier E24 og VG",
// "kinesiske selskaber som Alibaba, Baidu og Tencent", "China Telecom, a Chinese
// state-owned telco". With "state-owned"/"statsejet" the state also OWNS it.
import type { EntityType } from '../../../core/ontology';
import { add, adjectiveList, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';

const BASED: EntityType[] = ['Company', 'Organization', 'Product'];

export function nationality(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  // "Shenzhen-based Huawei", "ByteDance, the Beijing-based owner of TikTok".
  for (const place of occs) {
    if (place.type !== 'Government' && place.type !== 'Location') continue;
    if (toks[place.tokEnd]?.text !== '-' || !trig.basedSuffix.has(toks[place.tokEnd + 1]?.norm ?? '')) continue;
    let company = occs.find((o) => o.tokStart > place.tokEnd + 1 && o.tokStart <= place.tokEnd + 5 && BASED.includes(o.type));
    if (!company) {
      let k = place.tokStart;
      while (k > 0 && k > place.tokStart - 3 && toks[k - 1].text !== ',') k--;
      if (toks[k - 1]?.text === ',') company = occs.find((o) => o.tokEnd === k - 1 && BASED.includes(o.type));
    }
    if (company) add(ctx, { subject: company.entityId, predicate: 'BASED_IN', object: place.entityId, rule: 'basedin.hyphen', sentence: s.index });
  }
  // "Tencent's WeChat", "ByteDances TikTok": the company owns the product.
  for (const o of occs) {
    if (o.type !== 'Company' || !o.genitive) continue;
    const p = occs.find((x) => x.tokStart === o.tokEnd && x.type === 'Product');
    if (p) add(ctx, { subject: o.entityId, predicate: 'OWNS', object: p.entityId, rule: 'owns.genitive', sentence: s.index });
  }
  const stateOwned = findPhrases(trig.stateOwned, toks);
  for (const adj of occs) {
    if (adj.kind !== 'adjective' || adj.type !== 'Government') continue;
    // Right: the named members the adjective qualifies.
    const members = adjectiveList(sc, adj, BASED);
    const owned = (until: number) => stateOwned.some((m) => m.start >= adj.tokEnd - 1 && m.start <= until) || stateOwned.some((m) => m.end === adj.tokStart);
    for (const o of members) {
      add(ctx, { subject: o.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.adjective', sentence: s.index });
      if (owned(o.tokStart)) add(ctx, { subject: adj.entityId, predicate: 'OWNS', object: o.entityId, rule: 'owns.stateowned', sentence: s.index });
    }
    // Left apposition: "X, a Chinese state-owned telco" / "X, et kinesisk selskab".
    let k = adj.tokStart;
    let steps = 0;
    while (k > 0 && steps < 3 && toks[k - 1].text !== ',') {
      k--;
      steps++;
    }
    if (k > 0 && toks[k - 1].text === ',') {
      const head: Occ | undefined = occs.find((o) => o.tokEnd === k - 1 && BASED.includes(o.type));
      const between = toks.slice(k, adj.tokStart);
      if (head && between.every((t) => t.word && !t.cap)) {
        add(ctx, { subject: head.entityId, predicate: 'BASED_IN', object: adj.entityId, rule: 'basedin.apposition', sentence: s.index });
        const endOfNp = Math.min(toks.length, adj.tokEnd + 4);
        if (stateOwned.some((m) => m.start >= adj.tokEnd && m.start < endOfNp)) {
          add(ctx, { subject: adj.entityId, predicate: 'OWNS', object: head.entityId, rule: 'owns.stateowned', sentence: s.index });
        }
      }
    }
  }
}
