// `policy-graph extract [--json] [--rules] [--min-confidence P] FILE...`: what the extractor finds in each file,
// as the evaluation JSON (--json, one object per file) or a readable summary. No database.
import { loadLexicon } from '../../ingest/lexicon';
import { extract, toEvalOutput, MIN_CONFIDENCE } from '../../ingest/extract';
import { readDocumentFile } from '../../ingest/read';
import { badInput } from '../../core/errors';
import { numberFlag, parseArgs } from '../args';

export async function runExtract(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['min-confidence'], ['json', 'rules', 'verbose']);
  if (args.positionals.length === 0) throw badInput('usage: policy-graph extract [--json] [--rules] [--min-confidence P] FILE...');
  const minConfidence = numberFlag(args, 'min-confidence', MIN_CONFIDENCE, 0, 1);
  const lexicon = loadLexicon();
  let failed = 0;
  for (const file of args.positionals) {
    let doc;
    try {
      doc = await readDocumentFile(file);
    } catch (err) {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      failed++;
      continue;
    }
    const t0 = process.hrtime.bigint();
    const x = extract(doc, lexicon, { debugRules: args.flags.has('rules'), minConfidence });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const out = toEvalOutput(x);
    if (args.flags.has('json')) {
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      continue;
    }
    const lines = [
      `${file}: language ${x.language} (${x.coverage}), body ${x.body.start}-${x.body.end}, ${out.entities.length} entities, ${out.relations.length} relations, ${ms.toFixed(1)} ms`,
      ...out.entities.map((e) => `  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? `  (${e.aliases.join(', ')})` : ''}`),
      ...out.relations.map((r) => {
        const extra = [r.action, r.role, r.status].filter(Boolean).join(', ');
        return `  ${r.subject} -${r.predicate}${extra ? ` [${extra}]` : ''}-> ${r.object}  (${r.confidence.toFixed(2)})`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}
