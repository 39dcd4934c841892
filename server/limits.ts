// Page sizes clients may ask for: large enough for real use, small enough that no
// one request can ask Neo4j for the whole graph.
import { badInput } from '../core/errors';

export const MAX_FIRST = 100;

/** `first` checked against [0, MAX_FIRST]; BAD_USER_INPUT otherwise. */
export function checkFirst(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST) throw badInput(`first must be from 0 to ${MAX_FIRST}, not ${n}`, { max: MAX_FIRST });
  return n;
}
