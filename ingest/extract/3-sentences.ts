// Stage 3: sentences. A line without final punctuation (a headline, a caption, a list
// item) is a sentence of its own; a line that breaks mid-sentence (hard-wrapped text)
// continues into the next when that one starts in lower case. Abbreviations ("kl.",
// "bl.a.", "U.S."), initials and Danish ordinals ("13. december") do not end a sentence.
import type { Lexicon } from '../lexicon';
import type { Paragraph, Sentence } from './model';
import { tokenize } from './tokens';

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
const LEAD_JUNK = /^[\s•*·▪►◦‣–—-]+/u;

function abbreviationBefore(text: string, dot: number, abbrevs: Set<string>): boolean {
  // The word (with inner dots) that ends at the dot.
  let s = dot;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase().replace(/^\.+/, '');
  if (!word) return false;
  if (abbrevs.has(word)) return true;
  if (/^\p{Lu}$/u.test(text.slice(s, dot))) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "f.eks"
  return false;
}

/** Sentence spans inside [start, end) of one line group. */
function splitSpan(text: string, start: number, end: number, abbrevs: Set<string>): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (!TERMINAL.test(text[i])) continue;
    let j = i + 1;
    while (j < end && (TERMINAL.test(text[j]) || CLOSERS.test(text[j]))) j++;
    if (j >= end) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    if (!/[\p{Lu}\p{N}"“‘'«(•–—-]/u.test(next)) continue;
    if (text[i] === '.' && abbreviationBefore(text, i, abbrevs) && !/["“‘«]/.test(next)) continue;
    // "13. december", "pr. 28. januar": a number with a dot before a lower-case word.
    if (text[i] === '.' && /\d$/.test(text.slice(Math.max(start, i - 4), i)) && /\p{N}/u.test(next) === false && /\p{Ll}/u.test(next)) continue;
    out.push([s, j]);
    s = k;
    i = k - 1;
  }
  out.push([s, end]);
  return out;
}

/** A "sentence" longer than this (junk, a table flattened to one line) is cut at spaces. */
export const MAX_SENTENCE = 1500;

function capLength(text: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let s = a;
  while (b - s > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
    if (cut <= s) cut = s + MAX_SENTENCE;
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, b]);
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[], lexicon: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  // Join a line to the previous one when the text was hard-wrapped mid-sentence.
  const groups: { start: number; end: number; language: string; paragraph: number }[] = [];
  paragraphs.forEach((p, i) => {
    const prev = groups[groups.length - 1];
    const prevPara = paragraphs[i - 1];
    const contiguous = prevPara && !/\n\s*\n/.test(text.slice(prevPara.end, p.start));
    if (prev && contiguous && !/[.!?…:"”’»)\]]$/.test(text.slice(prev.start, prev.end).trimEnd()) && /^\p{Ll}/u.test(text[p.start] ?? '')) {
      prev.end = p.end;
    } else groups.push({ start: p.start, end: p.end, language: p.language, paragraph: i });
  });
  for (const g of groups) {
    const abbrevs = lexicon.cues.abbreviations.get(g.language) ?? new Set<string>();
    let firstInPara = true;
    for (const [a, b] of splitSpan(text, g.start, g.end, abbrevs).flatMap(([x, y]) => capLength(text, x, y))) {
      let s = a;
      const lead = LEAD_JUNK.exec(text.slice(a, b));
      if (lead) s += lead[0].length;
      let e = b;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e <= s) continue;
      const sentenceText = text.slice(s, e);
      if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
      sentences.push({
        index: sentences.length,
        start: s,
        end: e,
        text: sentenceText,
        language: g.language,
        paragraph: g.paragraph,
        paragraphStart: firstInPara,
        tokens: tokenize(sentenceText, s),
      });
      firstInPara = false;
    }
  }
  return sentences;
}
