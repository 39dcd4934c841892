#!/usr/bin/env node
// The baseline for the README: compromise's own people(), organizations() and places() on
// the dev texts (entities only, typed Person / Organization / Location, no relations),
// scored by the shared scorer through --pred. Usage: node scripts/baseline-compromise.mjs [--verbose]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const gold = join(evalDir, 'dev');
if (!existsSync(join(evalDir, 'score.mjs')) || !existsSync(gold)) {
  console.error(`baseline: no evaluation set at ${evalDir}`);
  process.exit(2);
}
const nlp = createRequire(import.meta.url)('compromise');
const out = mkdtempSync(join(tmpdir(), 'pg-baseline-'));
try {
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(gold, f), 'utf8');
    const doc = nlp(text);
    const seen = new Map();
    for (const [method, type] of [['people', 'Person'], ['organizations', 'Organization'], ['places', 'Location']]) {
      for (const t of doc[method]().out('array')) {
        const name = t.replace(/[\s.,;:!?'"’”)]+$/u, '').replace(/^[\s'"‘“(]+/u, '');
        if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, type, aliases: [] });
      }
    }
    writeFileSync(join(out, `${basename(f, '.txt')}.pred.json`), JSON.stringify({ entities: [...seen.values()], relations: [] }));
  }
  const pass = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');
  const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--pred', out, ...pass], { stdio: 'inherit' });
  process.exitCode = r.status ?? 2;
} finally {
  rmSync(out, { recursive: true, force: true });
}
