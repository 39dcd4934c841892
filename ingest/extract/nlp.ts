// compromise (English only) as a typing hint for capitalised names: its people(),
// organizations() and places(). It runs once over the English sentences that have a
// capitalised word after their first, joined into one text, and offsets are mapped back.
import nlp from 'compromise';
import type { EntityType } from '../../core/ontology';
import type { Lexicon } from '../lexicon';
import type { Sentence } from './model';

export interface NlpName {
  start: number;
  end: number;
  type: EntityType;
}

interface Offset {
  start: number;
  length: number;
}

const TOPICS: [string, EntityType][] = [['people', 'Person'], ['organizations', 'Company'], ['places', 'Location']];

export function nlpNames(sentences: Sentence[], _lexicon: Lexicon): Map<number, NlpName[]> {
  const out = new Map<number, NlpName[]>();
  const picked = sentences.filter((s) => s.language === 'en' && s.tokens.some((t, i) => i > 0 && t.cap));
  if (picked.length === 0) return out;
  // One text, sentences separated by blank lines; remember where each starts.
  const parts: string[] = [];
  const at: { pos: number; s: Sentence }[] = [];
  let pos = 0;
  for (const s of picked) {
    at.push({ pos, s });
    parts.push(s.text);
    pos += s.text.length + 2;
  }
  const joined = parts.join('\n\n');
  let doc: any;
  try {
    doc = nlp(joined);
  } catch {
    return out;
  }
  for (const [method, type] of TOPICS) {
    let found: { text: string; offset: Offset }[] = [];
    try {
      found = doc[method]().json({ offset: true });
    } catch {
      continue;
    }
    for (const f of found) {
      if (!f.offset) continue;
      // Trim trailing punctuation that compromise keeps in the match text.
      const raw = joined.slice(f.offset.start, f.offset.start + f.offset.length);
      const trimmed = raw.replace(/[\s.,;:!?'"’”)]+$/u, '');
      let lo = 0, hi = at.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid].pos <= f.offset.start) lo = mid;
        else hi = mid - 1;
      }
      const { pos: base, s } = at[lo];
      const start = s.start + (f.offset.start - base);
      const end = start + trimmed.length;
      if (end > s.end) continue;
      out.set(s.index, [...(out.get(s.index) ?? []), { start, end, type }]);
    }
  }
  return out;
}

let lexiconCache: Record<string, string | string[]> | undefined;

// compromise's tags of a word that say it is not a given name: a common noun, adjective or verb form, or
// the name of a place or an organisation. ('Noun' and 'Infinitive' are left out: "Wang", "Park", "Max".)
const WORD_TAGS = new Set(['Singular', 'Plural', 'Adjective', 'Gerund', 'PastTense', 'PresentTense', 'Uncountable', 'Comparative',
  'Superlative', 'Organization', 'Country', 'Demonym', 'SportsTeam', 'Currency', 'Unit']);
const PLACE_TAGS = new Set(['City', 'Place', 'Region']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);

/**
 * What compromise's word list says of a capitalised word at the head of a name: 'given' for a given name
 * ("Lee", "Teresa"), 'place' for a city or region ("Bergen", "Bavaria"), 'word' for another common word or
 * proper noun ("Call", "Microsoft"), undefined where
 * it does not know the word. A lookup in its lexicon only, no parsing.
 */
export function firstWordClass(word: string): 'given' | 'place' | 'word' | undefined {
  if (!lexiconCache) {
    try {
      lexiconCache = (nlp as any).world().model.one.lexicon ?? {};
    } catch {
      lexiconCache = {};
    }
  }
  const tags = lexiconCache![word.toLowerCase()];
  if (!tags) return undefined;
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.some((t) => NAME_TAGS.has(t))) return 'given';
  if (list.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (list.some((t) => WORD_TAGS.has(t))) return 'word';
  return undefined;
}

/** Whether compromise's word list knows the word only as an adjective or a demonym ("European", "Western"). */
export function adjectiveWord(word: string): boolean {
  firstWordClass(word); // fills the cache
  const tags = lexiconCache![word.toLowerCase()];
  const list = tags ? (Array.isArray(tags) ? tags : [tags]) : [];
  return list.length > 0 && list.every((t) => t === 'Adjective' || t === 'Demonym');
}
