// A measure introduced by its description and named only afterwards, after "known as" /
// "kendt som": the description takes the name ("backed a measure … The provision, known as
// the X Act, …"). Without the naming phrase the description stays unnamed.
import { run } from '../fixtures/extract/helpers';

function rels(text: string, language: string): string[] {
  const x = run(text, language);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} -${r.predicate}-> ${name.get(r.object)}`);
}

describe('a measure named after "known as" in the next sentence', () => {
  it('en: an indefinite measure takes the name given next', () => {
    const text = 'Senator Jane Holt on Tuesday backed a measure that would force Zoomly to sell its business. The provision, known as the Digital Safety Act, passed the Senate in March.';
    expect(rels(text, 'en')).toContain('Jane Holt -SUPPORTS-> Digital Safety Act');
  });
  it('en: without "known as" the measure stays unnamed', () => {
    const text = 'Senator Jane Holt on Tuesday backed a measure that would force Zoomly to sell its business. The Digital Safety Act passed the Senate in March.';
    expect(rels(text, 'en')).not.toContain('Jane Holt -SUPPORTS-> Digital Safety Act');
  });
  it('en: a measure named before stays the one "the law" means', () => {
    const text = 'Congress passed the Clean Data Act in May. Senator Jane Holt backed the law on Tuesday. The provision, known as the Digital Safety Act, passed the Senate in March.';
    const r = rels(text, 'en');
    expect(r).not.toContain('Jane Holt -SUPPORTS-> Digital Safety Act');
  });
  it('da: a definite measure with no name yet takes the name given next', () => {
    const text = 'Ministeren Lars Holm støttede tirsdag loven, som tvinger Zoomly til at sælge. Bestemmelsen, kendt som Digital Safety Act, blev vedtaget i marts.';
    expect(rels(text, 'da')).toContain('Lars Holm -SUPPORTS-> Digital Safety Act');
  });
  it('da: without "kendt som" the definite measure stays unnamed', () => {
    const text = 'Ministeren Lars Holm støttede tirsdag loven, som tvinger Zoomly til at sælge. Digital Safety Act blev vedtaget i marts.';
    expect(rels(text, 'da')).not.toContain('Lars Holm -SUPPORTS-> Digital Safety Act');
  });
});

describe('"X, the company\'s chief executive": a person with a title, the company by coreference', () => {
  const ents = (text: string) => run(text, 'en').entities.map((e) => `${e.type}:${e.name}`);
  it('en: the possessor does not type the name; the title does', () => {
    const text = "Broadcom rejected the order. Jane Holt, the company's chief executive, said it would appeal.";
    expect(ents(text)).toContain('Person:Jane Holt');
    expect(rels(text, 'en')).toContain('Jane Holt -HOLDS_ROLE-> Broadcom');
  });
  it('en: a possessor before a noun that is no title does not make a person', () => {
    const text = "Broadcom rejected the order. Zoomly, the company's largest customer, said it would appeal.";
    expect(ents(text)).not.toContain('Person:Zoomly');
  });
  it('en: after a sentence about a product, "the company" is not an older firm', () => {
    const text = "ByteDance owns TikTok. TikTok is fighting back. Jane Holt, the company's chief executive, said it would appeal.";
    expect(rels(text, 'en')).not.toContain('Jane Holt -HOLDS_ROLE-> ByteDance');
  });
  it('en: after a sentence about the firm, "the company" is that firm', () => {
    const text = "ByteDance owns TikTok. ByteDance is fighting back. Jane Holt, the company's chief executive, said it would appeal.";
    expect(rels(text, 'en')).toContain('Jane Holt -HOLDS_ROLE-> ByteDance');
  });
});

// (Berlin, a capital, stands for its state here.)
describe('"X-based" qualifies its own noun, not a name past a preposition', () => {
  it('en: the name right after the qualified noun is based there', () => {
    expect(rels('Berlin-based chipmaker Acme Holdings said it would appeal.', 'en')).toContain('Acme Holdings -BASED_IN-> Germany');
  });
  it('en: a name after "to" is not', () => {
    expect(rels('Zoomly Corp agreed to sell the Berlin-based app to Acme Holdings.', 'en')).not.toContain('Acme Holdings -BASED_IN-> Germany');
  });
  it('da: a name after "til" is not', () => {
    expect(rels('Zoomly Corp vil sælge den Berlin-baserede app til Acme Holdings.', 'da')).not.toContain('Acme Holdings -BASED_IN-> Germany');
  });
  it('da: the name right after the qualified noun is based there', () => {
    expect(rels('Den Berlin-baserede chipproducent Acme Holdings vil anke.', 'da')).toContain('Acme Holdings -BASED_IN-> Germany');
  });
});

describe('"the <place of several words>-based app": the determiner still makes it definite', () => {
  it('en: the app named before is based there', () => {
    expect(rels('TikTok is hugely popular. Regulators looked at the Los Angeles-based app on Monday.', 'en')).toContain('TikTok -BASED_IN-> Los Angeles');
  });
  it('en: "a … app" is another one', () => {
    expect(rels('TikTok is hugely popular. Regulators looked at a Los Angeles-based app on Monday.', 'en')).not.toContain('TikTok -BASED_IN-> Los Angeles');
  });
});

describe('"bought a stake in X": the firm after a noun of a part is what is bought', () => {
  it('en: a stake in', () => {
    expect(rels('Acme Holdings bought a majority stake in Zoomly Corp in 2016.', 'en')).toContain('Acme Holdings -ACQUIRES-> Zoomly Corp');
  });
  it('en: "in X" after another noun stays a place', () => {
    expect(rels('Acme Holdings bought servers in Zoomly Corp data centres in 2016.', 'en')).not.toContain('Acme Holdings -ACQUIRES-> Zoomly Corp');
  });
  it('da: en andel i', () => {
    expect(rels('Acme Holdings købte i 2016 en andel i Zoomly Corp.', 'da')).toContain('Acme Holdings -ACQUIRES-> Zoomly Corp');
  });
  it('da: "i X" after another noun stays a place', () => {
    expect(rels('Acme Holdings købte i 2016 servere i Zoomly Corp datacentre.', 'da')).not.toContain('Acme Holdings -ACQUIRES-> Zoomly Corp');
  });
});
