// What clients may ask for: page sizes, text lengths, dates, hop counts. Large enough for
// real use, small enough that no one request can ask Neo4j for the whole graph.
import { badInput } from '../core/errors';

export const MAX_FIRST = 100;

/** `first` checked against [min, max]; BAD_USER_INPUT otherwise. */
export function checkFirst(first: number | null | undefined, fallback: number, max = MAX_FIRST, min = 0): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`first must be from ${min} to ${max}, not ${n}`, { max });
  return n;
}

/** An integer argument checked against [min, max]. */
export function checkRange(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badInput(`${name} must be from ${min} to ${max}, not ${n}`, { min, max });
  return n;
}

/** A string argument no longer than `max` characters. */
export function checkLength(name: string, value: string, max: number, min = 0): string {
  if (value.length > max) throw badInput(`${name} is ${value.length} characters long; the limit is ${max}`, { max });
  if (value.trim().length < min) throw badInput(`${name} must not be empty`);
  return value;
}

/** A list argument no longer than `max` items. */
export function checkList<T>(name: string, value: readonly T[] | null | undefined, max: number): readonly T[] | null {
  if (value && value.length > max) throw badInput(`${name} has ${value.length} items; the limit is ${max}`, { max });
  return value ?? null;
}

/** Ids are short; anything longer is not one of ours. */
export const MAX_ID = 200;
export const checkId = (name: string, id: string): string => checkLength(name, id, MAX_ID);
