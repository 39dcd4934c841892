// Stage 1: the article body. Text copied from a web page carries the site around it:
// menus and cookie notices before, "Læs også"/"Read more" links, event listings and
// people-news columns after. We only choose a span, so offsets stay true to the text.
import type { Span } from '../types';
import type { Lexicon } from '../lexicon';
import { tokenize } from './tokens';
import { findPhrases, type PhraseSet } from './phrases';

interface Line extends Span {
  text: string;
  words: number;
}

export function lines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({ start: s + lead, end: s + lead + body.length, text: body, words: body ? body.split(/\s+/).length : 0 });
    s = e + 1;
  }
  return out;
}

/** A short line that is (or, for hard markers, contains) a marker phrase. */
function isMarker(line: Line, set: PhraseSet, anywhere: boolean, maxWords: number): boolean {
  if (line.words === 0 || line.words > maxWords) return false;
  const toks = tokenize(line.text);
  const hits = findPhrases(set, toks);
  return hits.some((h) => (anywhere || h.start === 0) && (h.start > 0 || h.end > 0));
}

const isProse = (l: Line) => l.words >= 8 && /[.!?"”’»)]$/.test(l.text);

export function findBody(text: string, lexicon: Lexicon): Span {
  if (!text) return { start: 0, end: 0 };
  const ls = lines(text);
  const { hardTrailers, softTrailers, chrome } = lexicon.cues;
  // Leading chrome: short lines that are menu or cookie text.
  let first = 0;
  while (first < ls.length && (ls[first].words === 0 || isMarker(ls[first], chrome, false, 5))) first++;
  if (first >= ls.length) first = 0;
  // The trailer starts at the first hard marker after some prose.
  let cut = ls.length;
  let seenProse = false;
  for (let i = first; i < ls.length; i++) {
    if (seenProse && isMarker(ls[i], hardTrailers, true, 4)) {
      cut = i;
      break;
    }
    if (isProse(ls[i])) seenProse = true;
  }
  // A soft marker ("Læs også", or "Læs også: <a headline>" on one line) ends the body when
  // only a link or two, or more such lines, follow it.
  const soft = (l: Line) => isMarker(l, softTrailers, false, 4) || (isMarker(l, softTrailers, false, 16) && /^[^:]{3,20}:/.test(l.text.trim()));
  seenProse = false;
  for (let i = first; i < cut; i++) {
    if (seenProse && soft(ls[i])) {
      const after = ls.slice(i + 1, cut).filter((l) => l.words > 0 && !soft(l));
      if (after.length <= 2 && !after.some(isProse)) {
        cut = i;
        break;
      }
    }
    if (isProse(ls[i])) seenProse = true;
  }
  let end = first;
  for (let i = first; i < cut; i++) if (ls[i].words > 0) end = ls[i].end;
  const start = ls[first]?.start ?? 0;
  return { start, end: Math.max(start, end) };
}
