// Danish writes a kind noun and its qualifier as one word ("spilselskabet", "bilkoncern"). Both the mention
// and the relation stages read such a compound by its last part; this is the one place that does.

/**
 * The entry of a compound's longest last part (five letters or more, after at least three letters of
 * its own) in a table of nouns that `fits`: "spilselskabet" → "selskabet", "mobilproducent" → "producent".
 */
export function compoundTail<T>(norm: string, nouns: ReadonlyMap<string, T>, fits: (t: T) => boolean = () => true): T | undefined {
  for (let i = 3; i <= norm.length - 5; i++) {
    const t = nouns.get(norm.slice(i));
    if (t !== undefined && fits(t)) return t;
  }
  return undefined;
}
