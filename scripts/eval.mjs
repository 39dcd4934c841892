#!/usr/bin/env node
// `npm run eval`: scores `policy-graph extract` on the dev texts with the shared scorer
// (build first: `npm run build`). Options are passed through: --verbose, --json.
// `--sets` scores every annotated set in the project (dev, the held-out tuning half, each practice set; with
// `--sealed` the sealed held-out sets too) and prints one line per set: the figures to compare before and after a change.
// `--confidence` instead measures each rule family's precision on the dev, held-out tuning and practice sets and
// prints the table that ingest/extract/confidence.json holds (--write stores it).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const gold = join(evalDir, 'dev');
const scorer = join(evalDir, 'score.mjs');
const args = process.argv.slice(2);

if (!existsSync(scorer) || !existsSync(gold)) {
  console.error(`eval: no evaluation set at ${evalDir} (expected score.mjs and dev/ there); nothing to score`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js')) || !existsSync(join(root, 'dist', 'ingest', 'extract', 'index.js'))) {
  console.error('eval: the CLI is not built; run `npm run build` first');
  process.exit(2);
}

/** The built extractor, in this process: the lexicon loads once for every text. */
function loadExtractor() {
  const require = createRequire(import.meta.url);
  const { extract, toEvalOutput } = require(join(root, 'dist', 'ingest', 'extract', 'index.js'));
  const { loadLexicon } = require(join(root, 'dist', 'ingest', 'lexicon', 'index.js'));
  const { readDocumentFile } = require(join(root, 'dist', 'ingest', 'read', 'index.js'));
  return { extract, toEvalOutput, readDocumentFile, lexicon: loadLexicon() };
}

if (args.includes('--sets')) {
  // Extract in this one process (the lexicon loads once), then score each set with the shared scorer's --pred.
  const { extract, toEvalOutput, readDocumentFile, lexicon } = loadExtractor();
  const fixtures = join(root, 'tests', 'fixtures');
  const list = (dir, re) => (existsSync(dir) ? readdirSync(dir).filter((d) => re.test(d)).sort().map((d) => [d, join(dir, d)]) : []);
  const sets = [['dev', gold], ['heldout', join(fixtures, 'heldout')], ...list(join(fixtures, 'extract'), /^practice\d*$/),
    ...(args.includes('--sealed') ? list(join(fixtures, 'heldout'), /^sealed\d*$/) : [])];
  const tmp = mkdtempSync(join(tmpdir(), 'pg-eval-'));
  const pct = (v) => v.toFixed(3);
  console.log(`${'set'.padEnd(10)} texts  entity F1  typed   relation P / R / F1      da F1   en F1`);
  let failed = 0;
  for (const [name, dir] of sets) {
    const out = join(tmp, name);
    mkdirSync(out);
    const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
    for (const f of files) {
      const base = basename(f, '.gold.json');
      const doc = await readDocumentFile(join(dir, `${base}.txt`));
      writeFileSync(join(out, `${base}.pred.json`), JSON.stringify(toEvalOutput(extract(doc, lexicon))));
    }
    const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--pred', out, '--json'], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`eval: scoring ${name} failed: ${r.stderr.trim()}`);
      failed++;
      continue;
    }
    const rep = JSON.parse(r.stdout);
    const o = rep.overall, lang = (l) => (rep.byLanguage?.[l] ? pct(rep.byLanguage[l].relation.f1) : '  -  ');
    console.log(`${name.padEnd(10)} ${String(files.length).padStart(5)}  ${pct(o.entity.f1)}      ${pct(o.entityTyped.f1)}   ${pct(o.relation.precision)} / ${pct(o.relation.recall)} / ${pct(o.relation.f1)}   ${lang('da')}   ${lang('en')}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

if (!args.includes('--confidence')) {
  const pass = args.filter((a) => a === '--verbose' || a === '--json');
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--cmd', 'node bin/policy-graph.js extract --json {file}', ...pass], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 2);
}

// --confidence: per rule family, the share of its relations that the gold confirms. Two measurements meet:
// - tuned: every annotated set we tune on (dev, the held-out tuning half, every practice set). The rules were fitted
//   to these texts, so their precision there is too high for unseen news.
// - blind: counts taken once on sets scored before anyone tuned on them (`--confidence --blind DIR...` on the build
//   of that moment stores them in confidence.json). Never the sealed sets: they stay blind for the final figures.
// A family's confidence is its blind precision, smoothed towards its tuned precision scaled down by how much worse
// all rules did blind than tuned: (blindRight + K * tunedRate * ratio) / (blindAll + K).
const norm = (s) => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2018\u2019\u201c\u201d\u00ab\u00bb"]/g, "'").replace(/'s$/u, '').replace(/^the\s+/u, '')
  .replace(/[^\p{L}\p{N}\s&+-]/gu, ' ').replace(/\s+/g, ' ').trim();
const K = 4;
const tableFile = join(root, 'ingest', 'extract', 'confidence.json');
const { extract, toEvalOutput, readDocumentFile, lexicon } = loadExtractor();

async function countRules(dirs) {
  const counts = {};
  let texts = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      texts++;
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const doc = await readDocumentFile(join(dir, `${basename(f, '.gold.json')}.txt`));
      // Every relation, the withheld ones too: their families must stay measured.
      const pred = toEvalOutput(extract(doc, lexicon, { debugRules: true, minConfidence: 0 }));
      const keyOf = new Map();
      g.entities.forEach((e, i) => [e.name, ...(e.aliases ?? [])].forEach((a) => keyOf.has(norm(a)) || keyOf.set(norm(a), i)));
      const predTo = new Map();
      for (const e of pred.entities) {
        const gi = [e.name, ...e.aliases].map((a) => keyOf.get(norm(a))).find((x) => x !== undefined);
        if (gi !== undefined) predTo.set(e.name, gi);
      }
      const goldRel = new Set();
      for (const r of g.relations) for (const p of [r.predicate, ...(r.alt ?? [])]) goldRel.add(`${keyOf.get(norm(r.subject))}|${p}|${keyOf.get(norm(r.object))}`);
      for (const r of pred.relations) {
        const c = (counts[r.rule ?? 'unknown'] ??= { right: 0, all: 0 });
        c.all++;
        if (goldRel.has(`${predTo.get(r.subject)}|${r.predicate}|${predTo.get(r.object)}`)) c.right++;
      }
    }
  }
  return { counts, texts };
}
const total = (counts) => Object.values(counts).reduce((t, c) => ({ right: t.right + c.right, all: t.all + c.all }), { right: 0, all: 0 });
const old = existsSync(tableFile) ? JSON.parse(readFileSync(tableFile, 'utf8')) : {};

const blindAt = args.indexOf('--blind');
if (blindAt >= 0) {
  const dirs = args.slice(blindAt + 1).filter((a) => !a.startsWith('--')).map((d) => resolve(d));
  if (dirs.length === 0) {
    console.error('eval: --blind needs the folders of sets nobody has tuned on yet');
    process.exit(2);
  }
  const { counts, texts } = await countRules(dirs);
  let commit = 'unknown';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
  const t = total(counts);
  const blind = { commit, sets: dirs.map((d) => basename(d)), texts, precision: +(t.right / t.all).toFixed(3), counts };
  console.log(JSON.stringify(blind, null, 2));
  if (args.includes('--write')) writeFileSync(tableFile, `${JSON.stringify({ ...old, blind }, null, 2)}\n`);
  process.exit(0);
}

const practiceRoot = join(root, 'tests', 'fixtures', 'extract');
const practiceDirs = readdirSync(practiceRoot).filter((d) => /^practice\d*$/.test(d)).sort().map((d) => join(practiceRoot, d));
const goldDirs = [gold, join(root, 'tests', 'fixtures', 'heldout'), ...practiceDirs].filter((d) => existsSync(d));
const { counts, texts } = await countRules(goldDirs);
const tuned = total(counts);
const blind = old.blind;
const ratio = blind ? Math.min(1, blind.precision / (tuned.right / tuned.all)) : 1;
const rates = {};
for (const rule of [...new Set([...Object.keys(counts), ...Object.keys(blind?.counts ?? {})])].sort()) {
  const c = counts[rule], b = blind?.counts?.[rule] ?? { right: 0, all: 0 };
  // Smoothed towards the precision of all rules (weight 2), so a family seen twice is neither called certain nor,
  // seen once and wrong, withheld as if it were measured bad.
  const p0 = tuned.right / tuned.all;
  const prior = (c ? (c.right + 2 * p0) / (c.all + 2) : blind?.precision ?? 0.5) * ratio;
  rates[rule] = +((b.right + K * prior) / (b.all + K)).toFixed(2);
}
const table = {
  _comment: `Measured by \`node scripts/eval.mjs --confidence\` on ${texts} annotated texts (dev, held-out tuning half and all ${practiceDirs.length} practice sets, the validation sets among them: their counts calibrate confidence, no rule is tuned on them): per rule family, (confirmed by gold + 2p) / (produced + 2), p the precision of all rules`
    + (blind ? `, scaled by ${ratio.toFixed(3)} (precision of all rules on ${blind.texts} texts scored blind at ${blind.commit}, ${blind.precision}, over their precision on the tuning texts now, ${(tuned.right / tuned.all).toFixed(3)}) and smoothed with K=${K} towards each family's blind precision (blind counts below)` : '')
    + `. Tuning counts: ${JSON.stringify(counts)}`,
  default: +((blind?.precision ?? 0.5)).toFixed(2),
  rates,
  ...(blind ? { blind } : {}),
};
console.log(JSON.stringify(table, null, 2));
if (args.includes('--write')) writeFileSync(tableFile, `${JSON.stringify(table, null, 2)}\n`);
