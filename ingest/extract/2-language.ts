// Stage 2: language, per document and per paragraph. Each stop-word profile is scored by
// the share of the words it covers; close languages (da/no/sv) differ in their function
// words (af/av, efter/etter/efter, ikke/inte), and letters (æø vs äö) break near-ties.
import type { Span } from '../types';
import type { Lexicon } from '../lexicon';
import type { Paragraph } from './model';
import { lines } from './1-body';

const WORD = /[\p{L}]+/gu;

export interface LanguageGuess {
  language: string;
  score: number;
  margin: number;
  words: number;
}

export function guessLanguage(text: string, lexicon: Lexicon): LanguageGuess {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, 3000);
  if (words.length === 0) return { language: 'und', score: 0, margin: 0, words: 0 };
  const scores: [string, number][] = [];
  const lower = text.toLowerCase();
  for (const [lang, profile] of lexicon.languages.profiles) {
    let hits = 0;
    for (const w of words) if (profile.has(w)) hits++;
    let s = hits / words.length;
    const letters = lexicon.languages.letters.get(lang);
    if (letters) for (const ch of letters) if (lower.includes(ch)) s += 0.01;
    scores.push([lang, s]);
  }
  scores.sort((a, b) => b[1] - a[1]); // stable: a tie goes to the profile listed first
  const [best, second] = scores;
  // A headline or a one-line text has too few function words to tell: the words of our trigger lists that only one
  // fully supported language has ("forbød", "bøde" against "banned", "fine") decide when the profiles do not.
  if (words.length < 12 && (!best || best[1] < 0.04 || best[1] - (second?.[1] ?? 0) < 0.05)) {
    // Only among the profiles that tie for first ("og" is Danish and Norwegian), or any when none scored.
    const near = !best || best[1] < 0.04 ? undefined : new Set(scores.filter(([, x]) => x >= best[1] - 0.05).map(([l]) => l));
    const byVocabulary = vocabularyGuess(words, lexicon, near);
    if (byVocabulary) return { language: byVocabulary, score: best?.[1] ?? 0, margin: 0, words: words.length };
  }
  if (!best || best[1] < 0.04 || words.length < 2) return { language: 'und', score: best?.[1] ?? 0, margin: 0, words: words.length };
  return { language: best[0], score: best[1], margin: best[1] - (second?.[1] ?? 0), words: words.length };
}

function vocabularyGuess(words: string[], lexicon: Lexicon, among?: Set<string>): string | undefined {
  const counts: [string, number][] = [...lexicon.languages.vocabulary].filter(([lang]) => !among || among.has(lang))
    .map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 && counts[0][1] > (counts[1]?.[1] ?? 0) ? counts[0][0] : undefined;
}

export interface LanguageResult {
  language: string;
  coverage: 'full' | 'gazetteer';
  paragraphs: Paragraph[];
}

/** The document's language and each paragraph's; a paragraph too short to tell inherits. */
export function detectLanguage(text: string, body: Span, lexicon: Lexicon, asserted?: string): LanguageResult {
  const bodyText = text.slice(body.start, body.end);
  const docGuess = guessLanguage(bodyText, lexicon);
  const language = asserted && /^[a-z]{2,3}$/.test(asserted) ? asserted : docGuess.language;
  const paragraphs: Paragraph[] = [];
  for (const l of lines(text, body.start, body.end)) {
    if (!l.text) continue;
    let lang = language;
    if (l.words >= 12) {
      const g = guessLanguage(l.text, lexicon);
      if (g.language !== 'und' && g.language !== language && g.score >= 0.15 && g.margin >= 0.05) lang = g.language;
    }
    paragraphs.push({ start: l.start, end: l.end, language: lang });
  }
  return { language, coverage: lexicon.languages.full.has(language) ? 'full' : 'gazetteer', paragraphs };
}
