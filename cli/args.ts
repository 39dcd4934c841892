// A small argument parser: the CLI's needs are few and its errors must be ours.
import { badInput } from '../core/errors';

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/**
 * `spec` names the options that take a value; every other `--x` is a switch.
 * `--x=v` and `--x v` both work; `--` ends options; a lone `-` is a positional (stdin).
 */
export function parseArgs(argv: string[], valued: readonly string[], switches: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (valued.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw badInput(`--${name} needs a value`);
      flags.set(name, value);
    } else if (switches.includes(name)) {
      if (eq >= 0) throw badInput(`--${name} takes no value`);
      flags.set(name, true);
    } else {
      throw badInput(`unknown option --${name}`);
    }
  }
  return { positionals, flags };
}

export function intFlag(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !Number.isInteger(n) || n < min || n > max) {
    throw badInput(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** A flag's decimal number in [min, max] ("--min-confidence 0.5"), or the fallback when the flag is not given. */
export function numberFlag(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw badInput(`--${name} takes a number from ${min} to ${max}, not ${JSON.stringify(v)}`);
  }
  return n;
}
