// Tokens: runs of letters/digits (with combining marks) and single other characters.
// Both the lexicon (surface forms) and the stages (document text) tokenise the same way,
// so a gazetteer alias and a span of text compare token by token.

export interface Token {
  text: string;
  /** Lower-cased, typographic apostrophes folded to ASCII. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case and there are at least two (an acronym: US, DR, CCP). */
  upper: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const UPPER_START = /^\p{Lu}/u;
const CAMEL_START = /^\p{Ll}\p{Lu}\p{Ll}/u;
const LETTERS = /\p{L}/gu;

export function normToken(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-');
}

export function tokenize(text: string, offset = 0, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t);
    const letters = word ? t.match(LETTERS) : null;
    out.push({
      text: t,
      norm: normToken(t),
      start: m.index + offset,
      end: m.index + t.length + offset,
      word,
      // "iPad", "eBay", "iPhone": a name written with a small letter first and a capital second.
      cap: UPPER_START.test(t) || (t.length >= 4 && CAMEL_START.test(t)),
      upper: !!letters && letters.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase(),
    });
  }
  return out;
}

/** The normalised token keys of a phrase, as the lexicon stores them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
