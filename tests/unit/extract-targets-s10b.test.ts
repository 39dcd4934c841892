// Session 12 MEASURES rules (TARGETS, announce, the acts a firm answers): each on sentences written for it,
// in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a lawsuit is an act the firm can answer: "called the lawsuit baseless", "kalder søgsmålet grundløst"', () => {
  it('en: "X sued Y … Y called the lawsuit baseless"', () => {
    const rels = relations('The Federal Trade Commission sued Microsoft in March. Microsoft called the lawsuit baseless.');
    expect(rels).toContain('Federal Trade Commission -TARGETS-> Microsoft');
    expect(rels).toContain('Microsoft -OPPOSES-> Federal Trade Commission');
  });
  it('da: "X har stævnet Y … Y kalder søgsmålet grundløst"', () => {
    const rels = relations('Konkurrencestyrelsen har stævnet Microsoft. Microsoft kalder søgsmålet grundløst.');
    expect(rels).toContain('Microsoft -OPPOSES-> Konkurrencestyrelsen');
  });
  it('not without an act by anyone: "Microsoft called the lawsuit baseless" alone', () => {
    const rels = relations('Microsoft called the lawsuit baseless.');
    expect(rels.filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('more nouns for a measure a firm answers: "the prohibition", "the decree", "embargoen", "sanktionen"', () => {
  it('en: "X banned Y … Y called the prohibition unlawful"', () => {
    const rels = relations('The Commerce Department banned Huawei in May. Huawei called the prohibition unlawful.');
    expect(rels).toContain('Huawei -OPPOSES-> Commerce Department');
  });
  it('da: "X sanktionerede Y … Y kalder sanktionen ulovlig"', () => {
    const rels = relations('Handelsministeriet sanktionerede Huawei i maj. Huawei kalder sanktionen ulovlig.');
    expect(rels.some((r) => r.startsWith('Huawei -OPPOSES->'))).toBe(true);
  });
  it('not a firm praising its own product: "Huawei called the regulation welcome" with no act before', () => {
    const rels = relations('Huawei called the regulation welcome.');
    expect(rels.filter((r) => r.includes('OPPOSES') || r.includes('SUPPORTS'))).toEqual([]);
  });
});
