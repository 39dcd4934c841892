// HOLDS_ROLE by apposition: "Secretary of State Mike Pompeo", "udenrigsminister Wang Yi",
// "USA's udenrigsminister, Mike Pompeo", "den amerikanske udenrigsminister Mike Pompeo",
// "Micheal Pompeo, US' Secretary of State", "Kinas ambassadør i Danmark, Feng Tie".
// With no body named beside the title, the nearest state or agency before it counts.
import type { EntityType } from '../../../core/ontology';
import { add, before, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';

const ORGS: EntityType[] = ['Government', 'Agency', 'Company', 'Organization'];

export function holdsRole(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (const m of findPhrases(trig.roles.phrases, toks)) {
    // Skip a title inside a name ("Secretary of State" inside "Department of State" is not a title here).
    if (occs.some((o) => o.kind !== 'coref' && o.tokStart <= m.start && o.tokEnd >= m.end)) continue;
    let role = trig.roles.canonical[m.index];
    // The person: right after ("udenrigsminister Wang Yi", "ambassadør i Danmark, Feng Tie") or before ("Pompeo, US' Secretary of State").
    let person: Occ | undefined;
    let posting: Occ | undefined;
    let k = m.end;
    for (let steps = 0; steps < 6 && k < toks.length; steps++) {
      const o = occs.find((x) => x.tokStart === k);
      if (o?.type === 'Person') {
        person = o;
        break;
      }
      if (o && (o.type === 'Government' || o.type === 'Location') && ['i', 'in', 'to'].includes(toks[k - 1]?.norm)) {
        posting = o;
        k = o.tokEnd;
        continue;
      }
      if (toks[k].text === ',' || ['i', 'in', 'to'].includes(toks[k].norm)) {
        k++;
        continue;
      }
      break;
    }
    if (!person) {
      // "Name, [the] [US'] Secretary of State"
      let j = m.start;
      while (j > 0 && (occs.some((o) => o.tokEnd === j && ORGS.includes(o.type)) || trig.determiners.has(toks[j - 1].norm) || ['the', 'a', 'an'].includes(toks[j - 1].norm))) {
        const o = occs.find((x) => x.tokEnd === j && ORGS.includes(x.type));
        j = o ? o.tokStart : j - 1;
      }
      if (toks[j - 1]?.text === ',') {
        const p = occs.find((o) => o.tokEnd === j - 1 && o.type === 'Person');
        if (p) person = p;
      }
    }
    if (!person || person.kind === 'coref') continue;
    // The body: just before the title (genitive, adjective or name), or "of X" after it.
    let j = m.start;
    while (j > 0 && (trig.determiners.has(toks[j - 1].norm) || ['the', 'a', 'an', 'den', 'det'].includes(toks[j - 1].norm))) j--;
    let org = occs.find((o) => o.tokEnd === j && ORGS.includes(o.type) && o.entityId !== person!.entityId);
    if (!org && trig.roleOf.has(toks[m.end]?.norm ?? '')) org = occs.find((o) => o.tokStart === m.end + 1 && ORGS.includes(o.type));
    if (!org) org = before(sc, m.start, ['Government', 'Agency'], 12).find((o) => o.entityId !== person!.entityId && o !== posting);
    if (!org) continue;
    if (posting && /ambassad/i.test(role)) role = `${role} to ${ctx.entities.get(posting.entityId)?.name ?? ''}`.trim();
    add(ctx, { subject: person.entityId, predicate: 'HOLDS_ROLE', object: org.entityId, role, rule: 'role.apposition', sentence: s.index });
  }
}

/** Person → the bodies they hold a role in, for attributing statements. */
export function rolesOf(ctx: DocCtx): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of ctx.relations) {
    if (r.predicate !== 'HOLDS_ROLE') continue;
    const set = out.get(r.subject) ?? new Set<string>();
    set.add(r.object);
    out.set(r.subject, set);
  }
  return out;
}
