// Phrase patterns over tokens: the trigger words of the lexicon, compiled once.
// Syntax (lexicon JSON): words separated by spaces; 'word*' is a prefix, '*word' a suffix,
// '~' skips up to 6 tokens and '~N' up to N. Matching is on normalised tokens.
import { tokenize, type Token } from './tokens';

type Elem =
  | { k: 'exact'; v: string }
  | { k: 'prefix'; v: string }
  | { k: 'suffix'; v: string }
  | { k: 'gap'; max: number };

/** Where a target trigger's object is: after the phrase (default), before it ('<'), or in its gap ('@'). */
export type Slot = 'after' | 'before' | 'inside';

export interface Phrase {
  index: number;
  source: string;
  elems: Elem[];
  slot: Slot;
}

export interface PhraseSet {
  /** Phrases whose first element is exact, by that token. */
  byFirst: Map<string, Phrase[]>;
  /** Phrases whose first element is a prefix, by its first two characters. */
  byPrefix: Map<string, Phrase[]>;
  /** The others (suffix first), tried at every token. */
  loose: Phrase[];
  size: number;
}

export interface PhraseMatch {
  index: number;
  slot: Slot;
  start: number;
  /** Exclusive token index. */
  end: number;
}

function compileOne(source: string, index: number): Phrase | undefined {
  const elems: Elem[] = [];
  let slot: Slot = 'after';
  let text = source.trim();
  if (/^[<@]\s/.test(text)) {
    slot = text[0] === '<' ? 'before' : 'inside';
    text = text.slice(2);
  }
  for (const piece of text.split(/\s+/)) {
    if (!piece) continue;
    const gap = /^~@?(\d*)$/.exec(piece);
    if (gap) {
      elems.push({ k: 'gap', max: gap[1] ? Number(gap[1]) : 6 });
      continue;
    }
    const pre = piece.length > 1 && piece.endsWith('*');
    const suf = piece.length > 1 && piece.startsWith('*');
    const core = piece.replace(/^\*|\*$/g, '');
    const toks = tokenize(core).map((t) => t.norm);
    toks.forEach((v, i) => {
      if (suf && i === 0) elems.push({ k: 'suffix', v });
      else if (pre && i === toks.length - 1) elems.push({ k: 'prefix', v });
      else elems.push({ k: 'exact', v });
    });
  }
  if (elems.length === 0 || elems[0].k === 'gap') return undefined;
  return { index, source, elems, slot };
}

export function compilePhrases(list: readonly string[]): PhraseSet {
  const set: PhraseSet = { byFirst: new Map(), byPrefix: new Map(), loose: [], size: 0 };
  list.forEach((s, i) => {
    const p = compileOne(s, i);
    if (!p) return;
    set.size++;
    const first = p.elems[0];
    if (first.k === 'exact') set.byFirst.set(first.v, [...(set.byFirst.get(first.v) ?? []), p]);
    else if (first.k === 'prefix' && first.v.length >= 2) set.byPrefix.set(first.v.slice(0, 2), [...(set.byPrefix.get(first.v.slice(0, 2)) ?? []), p]);
    else set.loose.push(p);
  });
  return set;
}

function elemMatches(e: Elem, t: Token): boolean {
  switch (e.k) {
    case 'exact': return t.norm === e.v;
    case 'prefix': return t.norm.startsWith(e.v);
    case 'suffix': return t.norm.endsWith(e.v) && t.norm.length > e.v.length;
    default: return false;
  }
}

/** The end (exclusive) of the phrase matched at token i, or -1. */
function matchAt(elems: Elem[], ei: number, toks: Token[], i: number, limit: number): number {
  if (ei === elems.length) return i;
  const e = elems[ei];
  if (e.k === 'gap') {
    for (let skip = 0; skip <= e.max && i + skip <= limit; skip++) {
      const r = matchAt(elems, ei + 1, toks, i + skip, limit);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= limit || !elemMatches(e, toks[i])) return -1;
  return matchAt(elems, ei + 1, toks, i + 1, limit);
}

/** Every match of the set inside toks[from, to), longest first at each start. */
// Whole-sentence results are asked for again and again by the rules: keep them per token array.
const memo = new WeakMap<Token[], Map<PhraseSet, PhraseMatch[]>>();

export function findPhrases(set: PhraseSet, toks: Token[], from = 0, to = toks.length): PhraseMatch[] {
  if (set.size === 0) return [];
  // Callers widen windows past a match (m.end + 2); the array's bounds are the real ones.
  from = Math.max(0, from);
  to = Math.min(to, toks.length);
  const whole = from === 0 && to === toks.length;
  if (whole) {
    const hit = memo.get(toks)?.get(set);
    if (hit) return hit;
  }
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    const n = toks[i].norm;
    const cands = set.byFirst.get(n);
    const pre = n.length >= 2 ? set.byPrefix.get(n.slice(0, 2)) : undefined;
    let best: PhraseMatch | undefined;
    for (const list of [cands ?? [], pre ?? [], set.loose]) {
      for (const p of list) {
        const end = matchAt(p.elems, 0, toks, i, to);
        if (end > i && (!best || end - i > best.end - best.start)) best = { index: p.index, slot: p.slot, start: i, end };
      }
    }
    if (best) out.push(best);
  }
  if (whole) {
    let m = memo.get(toks);
    if (!m) memo.set(toks, (m = new Map()));
    m.set(set, out);
  }
  return out;
}

/** The match starting exactly at token i, if any. */
export function phraseAt(set: PhraseSet, toks: Token[], i: number, to = toks.length): PhraseMatch | undefined {
  if (i < 0 || i >= to) return undefined;
  return findPhrases(set, toks, i, Math.min(to, i + 1 + 12)).find((m) => m.start === i);
}

export function hasPhrase(set: PhraseSet, toks: Token[], from = 0, to = toks.length): boolean {
  return findPhrases(set, toks, from, to).length > 0;
}
