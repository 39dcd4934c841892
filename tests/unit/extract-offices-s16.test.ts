// A person's offices from the gazetteer (`offices`): HOLDS_ROLE where the text names the person and the body
// together (a state in one sentence, a body or firm in it or the one beside it), and gives the person no office of its own. Sentences written for these tests.
import { buildLexicon } from '../../ingest/lexicon';
import * as helpers from '../fixtures/extract/helpers';
const { relations } = helpers;

describe('a known office counts where one sentence names the person and the body', () => {
  it.each([
    ['Margrethe Vestager and the European Commission declined to comment on the complaint.', 'Margrethe Vestager -HOLDS_ROLE-> European Commission'],
    ['Ifølge Wang Yi vil Kinas udenrigsministerium ikke acceptere forbuddet mod appen.', 'Wang Yi -HOLDS_ROLE-> Chinese Foreign Ministry'],
    ['Sundar Pichai told staff that Google would appeal the decision.', 'Sundar Pichai -HOLDS_ROLE-> Google'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a body or firm named in the next sentence counts', () => {
    expect(relations('Sundar Pichai spoke to staff on Monday. Google would appeal, he said.')).toContain('Sundar Pichai -HOLDS_ROLE-> Google');
  });

  it('but a state only in the same sentence', () => {
    const found = relations('Donald Trump spoke to reporters on Monday. The United States later added the firm to a trade list.');
    expect(found).not.toContain('Donald Trump -HOLDS_ROLE-> United States');
  });

  it('not beside an office the text states: the text says which office it means', () => {
    const found = relations('Elon Musk, the chief executive of Tesla, said SpaceX would keep its launch schedule.');
    expect(found).toContain('Elon Musk -HOLDS_ROLE-> Tesla');
    expect(found).not.toContain('Elon Musk -HOLDS_ROLE-> SpaceX');
  });
});

describe('offices in the gazetteer are checked when it loads', () => {
  const load = (entries: unknown[]) => buildLexicon({ gazetteer: [{ file: 't.json', entries }], triggers: {}, cues: {}, languages: {}, topics: {} } as never);

  it('keeps a valid office and warns of one without a role, one that is not a list and one of an unknown body', () => {
    const lex = load([
      { id: 'pg:a', name: 'Ann Example', type: 'Person', offices: [{ of: 'pg:b', role: 'chair' }, { of: 'pg:b' }, { of: 'pg:nowhere', role: 'head' }] },
      { id: 'pg:b', name: 'Example Board', type: 'Agency' },
      { id: 'pg:c', name: 'Carl Example', type: 'Person', offices: 'chair' },
    ]);
    expect(lex.entries.get('pg:a')?.offices).toEqual([{ of: 'pg:b', role: 'chair' }, { of: 'pg:nowhere', role: 'head' }]);
    expect(lex.entries.get('pg:c')?.offices).toBeUndefined();
    expect(lex.warnings).toEqual([
      "t.json: pg:a: skipped offices without an 'of' id and a 'role'",
      "t.json: pg:c: skipped offices without an 'of' id and a 'role'",
      "pg:a: office 'head' of unknown id pg:nowhere",
    ]);
  });

  it('the shipped gazetteer has no office of an unknown body', () => {
    const { lexicon } = helpers;
    expect(lexicon.warnings.filter((w) => / office /.test(w))).toEqual([]);
  });
});

// A body named without its state ("before Parliament") is that state's body by the gazetteer's forms that
// lead with the state's own name or adjective; a devolved legislature's ("Welsh Parliament") is not among them.
describe('a body named without its state', () => {
  it.each([
    ['Britain said on Monday that the bill would go before Parliament next week.', 'Agency:Parliament of the United Kingdom', 'Agency:Senedd'],
    ['Kina har skærpet tonen, og det Kommunistiske Parti kræver nu, at selskaberne retter ind.', 'Agency:Chinese Communist Party', undefined],
  ])('%s', (text, expected, not) => {
    const found = helpers.entities(text);
    expect(found).toContain(expected);
    if (not) expect(found).not.toContain(not);
  });
});
