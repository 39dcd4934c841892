// What the gazetteer knows of both ends of a relation, checked against what the rules read: a parent read as its
// subsidiary's property ("Google og moderselskabet Alphabet") is turned round, and a stance or an office the world rules
// out (a firm against its own subsidiary, Joe Biden in a British office) is dropped. (Not a person against the state he
// serves: the gazetteer's offices have no dates, and a minister of one year is a backbench critic of another.)
import type { WorkRelation } from '../model';
import type { DocCtx } from './context';

/** Rules that guess a state for an office rather than read it: the known offices outrank them. */
const GUESSED_OFFICE = new Set(['role.home', 'role.clause']);

export function checkAgainstWorld(ctx: DocCtx, relations: WorkRelation[]): WorkRelation[] {
  const entity = (id: string) => ctx.entities.get(id);
  // The states where a person holds a known office: the office's body, or the state the body is part of.
  const officeStates = (id: string): Set<string> | undefined => {
    const lexId = entity(id)?.lexId;
    const offices = lexId ? ctx.lexicon.entries.get(lexId)?.offices : undefined;
    if (!offices?.length) return undefined;
    const out = new Set<string>();
    for (const o of offices) {
      out.add(o.of);
      const part = ctx.lexicon.entries.get(o.of)?.partOf;
      if (part) out.add(part);
    }
    return out;
  };
  // Ownership the text states counts as the gazetteer's does ("Huawei Canada … Huawei").
  const owns = new Set(relations.filter((r) => r.predicate === 'OWNS').flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]));
  const out: WorkRelation[] = [];
  for (const r of relations) {
    const s = entity(r.subject), o = entity(r.object);
    if (!s || !o) continue;
    if (r.predicate === 'OWNS' && s.ownedBy === o.id) {
      out.push({ ...r, subject: o.id, object: s.id });
      continue;
    }
    if (r.predicate === 'OPPOSES' && (s.ownedBy === o.id || o.ownedBy === s.id || owns.has(`${s.id}|${o.id}`))) continue;
    if (r.predicate === 'HOLDS_ROLE' && o.type === 'Government' && GUESSED_OFFICE.has(r.rule)) {
      const known = officeStates(s.id);
      if (known && !known.has(o.id)) continue;
    }
    out.push(r);
  }
  return out;
}
