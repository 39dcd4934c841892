// Recall on unseen news prose, second round: what the tuning sets showed missing, written
// here as general sentences of the language (both languages where both say it), each with
// a case that must not fire.
import { run, lexicon } from '../fixtures/extract/helpers';
import { toEvalOutput } from '../../ingest/extract';

function rels(text: string, language: string): string[] {
  const x = run(text, language);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} -${r.predicate}-> ${name.get(r.object)}`);
}

describe('evaluation output: the aliases the graph holds', () => {
  it('lists the gazetteer names of a known body beside the surface seen', () => {
    const out = toEvalOutput(run('Kinas handelsministerium kritiserer Japan.', 'da'));
    const mofcom = out.entities.find((e) => e.name === 'Chinese Ministry of Commerce');
    expect(mofcom?.aliases).toEqual(expect.arrayContaining(['Kinas handelsministerium', 'Ministry of Commerce of China']));
  });
  it('lists only surfaces seen for a name the gazetteer does not know', () => {
    const text = 'Acme Widgets Corporation kritiserer Japan. Acme Widgets Corporation afviser kritik.';
    const acme = toEvalOutput(run(text, 'da')).entities.find((e) => e.name.startsWith('Acme'));
    expect(acme).toBeDefined();
    for (const a of acme!.aliases) expect(text).toContain(a);
  });
});

// [label, language, text, relations that must be there, relations that must not]
type Row = [string, string, string, string[], string[]?];

describe('stage 6: recall on unseen prose, round two', () => {
  const table: Row[] = [
    ['placeholder', 'en', 'Sweden banned Huawei.', ['Sweden -TARGETS-> Huawei']],
  ];
  it.each(table)('%s', (_label, language, text, want, never = []) => {
    const got = rels(text, language);
    for (const w of want) expect(got).toContain(w);
    for (const n of never) expect(got).not.toContain(n);
  });
});
