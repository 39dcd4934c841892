// Session 9 (x10-O), firm and place rules (BASED_IN, OWNS, SUPPLIES, ACQUIRES, PART_OF): each on sentences
// written for it, in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a firm whose headquarters, as the subject, is in a place', () => {
  it('en: "Ericsson\'s headquarters is in Stockholm"', () => {
    expect(relations('Ericsson\'s headquarters is in Stockholm, but most of its engineers work abroad.')).toContain('Ericsson -BASED_IN-> Stockholm');
  });
  it('en: "the company\'s European headquarters are located in Dublin"', () => {
    expect(relations('Meta said on Friday that Meta\'s European headquarters are located in Dublin and would stay there.')).toContain('Meta -BASED_IN-> Dublin');
  });
  it('da: "Ericssons hovedsæde ligger i Stockholm", "Metas europæiske hovedkontor ligger i Dublin"', () => {
    expect(relations('Ericssons hovedsæde ligger i Stockholm, men de fleste udviklere arbejder i udlandet.')).toContain('Ericsson -BASED_IN-> Stockholm');
    expect(relations('Tilsynet fører sagen, fordi Metas europæiske hovedkontor ligger i Dublin.')).toContain('Meta -BASED_IN-> Dublin');
  });
  it('not another noun in the place: "Spotify\'s biggest market is in Germany", "Spotifys største marked ligger i Tyskland"', () => {
    expect(relations('Spotify\'s biggest market is in Germany, the company said.')).not.toContain('Spotify -BASED_IN-> Germany');
    expect(relations('Spotifys største marked ligger i Tyskland, oplyser selskabet.')).not.toContain('Spotify -BASED_IN-> Germany');
  });
});

describe('a list item with a state\'s genitive of its own is not of the state an earlier adjective names', () => {
  it('en: "equipment from the Swedish group Ericsson and Finland\'s Nokia"', () => {
    const rels = relations('The operators will buy equipment from the Swedish group Ericsson and Finland\'s Nokia this year.');
    expect(rels).toContain('Ericsson -BASED_IN-> Sweden');
    expect(rels).toContain('Nokia -BASED_IN-> Finland');
    expect(rels).not.toContain('Nokia -BASED_IN-> Sweden');
  });
  it('da: "den svenske koncern Ericsson og Finlands Nokia"', () => {
    const rels = relations('Operatørerne køber udstyr fra den svenske koncern Ericsson og Finlands Nokia i år.');
    expect(rels).toContain('Ericsson -BASED_IN-> Sweden');
    expect(rels).not.toContain('Nokia -BASED_IN-> Sweden');
  });
  it('still every item of a plain list: "the Swedish firms Ericsson and Telia"', () => {
    const rels = relations('The Swedish firms Ericsson and Telia signed the deal on Monday.');
    expect(rels).toContain('Ericsson -BASED_IN-> Sweden');
    expect(rels).toContain('Telia -BASED_IN-> Sweden');
  });
});
