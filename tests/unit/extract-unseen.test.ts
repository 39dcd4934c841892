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
    // A state's voice abroad: what its foreign or trade ministry or embassy opposes, the state opposes.
    ['OPPOSES da an embassy speaks for its state', 'da', 'Sverige har udelukket Huawei fra nettet, og forholdet til Kina er anstrengt. Kinas ambassade i Stockholm kritiserede beslutningen.', ['Embassy of China in Sweden -OPPOSES-> Sweden', 'China -OPPOSES-> Sweden']],
    ['OPPOSES en a foreign ministry speaks for its state', 'en', "Australia banned Huawei, and ties with China are tense. China's Foreign Ministry criticised Australia.", ['Chinese Foreign Ministry -OPPOSES-> Australia', 'China -OPPOSES-> Australia']],
    ['OPPOSES en a trade ministry against a body above states', 'en', "The European Commission put duties on cars from China. China's Ministry of Commerce criticised the European Commission.", ['China -OPPOSES-> European Commission']],
    ['OPPOSES en not every body is its state\'s voice', 'en', "Sweden expelled a diplomat from China. China's Ministry of State Security criticised Sweden.", ['Ministry of State Security -OPPOSES-> Sweden'], ['China -OPPOSES-> Sweden']],
    ['OPPOSES en a quarrel between two bodies stays theirs', 'en', "The U.S. Commerce Department put firms from China on a list. China's Ministry of Commerce criticised the U.S. Commerce Department.", [], ['China -OPPOSES-> Commerce Department']],
  ];
  it.each(table)('%s', (_label, language, text, want, never = []) => {
    const got = rels(text, language);
    for (const w of want) expect(got).toContain(w);
    for (const n of never) expect(got).not.toContain(n);
  });
});
