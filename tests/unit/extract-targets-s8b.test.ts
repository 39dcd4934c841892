// Session 9 TARGETS rules (second round): each on sentences written for it, in both languages where it
// applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a decision noun owned by a state, with a time adjunct before its infinitive', () => {
  it('en: "Sweden\'s decision last week to exclude X"', () => {
    expect(relations('Beijing condemned Sweden\'s decision last week to exclude Huawei from its networks.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('en: "the FCC\'s move in October to revoke the licence of X"', () => {
    expect(relations('The vote follows the FCC\'s move in October to revoke the license of China Mobile.')).toContain('Federal Communications Commission -TARGETS-> China Mobile');
  });
  it('da: "Sveriges beslutning i sidste uge om at udelukke X"', () => {
    expect(relations('Kina kritiserede Sveriges beslutning i sidste uge om at udelukke Huawei.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('not when no infinitive follows the time adjunct', () => {
    const rels = relations('Sweden\'s decision in 2020 angered Beijing, which later praised Huawei.');
    expect(rels).not.toContain('Sweden -TARGETS-> Huawei');
  });
});

describe('refusing to let a firm in, denying it a permission, is a block', () => {
  it('en: "refused to allow X to bid"', () => {
    expect(relations('The government of Sweden refused to allow Huawei to bid for the contract.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('en: "the agency refused to let X enter the market"', () => {
    expect(relations('The FCC banned Huawei gear last year. In 2019 the agency refused to let China Mobile enter the U.S. market.')).toContain('Federal Communications Commission -TARGETS-> China Mobile');
  });
  it('en: "denied X permission"', () => {
    expect(relations('Sweden denied Huawei permission to sell its equipment.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('da: "nægtede at lade X deltage", "nægtede X tilladelse"', () => {
    expect(relations('Regeringen i Sverige nægtede at lade Huawei deltage i auktionen.')).toContain('Sweden -TARGETS-> Huawei');
    expect(relations('Sverige nægtede Huawei tilladelse til at levere udstyr.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('not a firm refusing to let someone in', () => {
    const rels = relations('Huawei refused to let inspectors into its plants, while the government of Sweden praised ZTE.');
    expect(rels.filter((r) => r.includes('TARGETS'))).toEqual([]);
  });
});

describe('a country qualifying "state", "province", "city" is not the actor of the measure', () => {
  it('en: "X became the first US state to ban Y" does not make the United States act', () => {
    const rels = relations('Texas became the first US state to ban TikTok on all devices.');
    expect(rels).not.toContain('United States -TARGETS-> TikTok');
  });
  it('en: "the first Canadian province to bar Y"', () => {
    expect(relations('Alberta became the first Canadian province to bar Huawei.')).not.toContain('Canada -TARGETS-> Huawei');
  });
  it('da: "den første amerikanske delstat, der forbyder Y"', () => {
    expect(relations('Montana blev den første amerikanske delstat, der forbyder TikTok.')).not.toContain('United States -TARGETS-> TikTok');
  });
  it('still the country acting when it is the subject: "the first country to ban"', () => {
    expect(relations('India became the first country to ban TikTok.')).toContain('India -TARGETS-> TikTok');
    expect(relations('Sverige blev det første land til at forbyde Huawei.')).toContain('Sweden -TARGETS-> Huawei');
  });
});

describe('revoking a licence: the past tense "withdrew" and the authorisation', () => {
  it('en: "withdrew the licence of X", "withdrew X\'s licence"', () => {
    expect(relations('Ofcom withdrew the licence of CGTN.')).toContain('Ofcom -TARGETS-> CGTN');
    expect(relations('Ofcom withdrew CGTN\'s licence last year.')).toContain('Ofcom -TARGETS-> CGTN');
  });
  it('en: "withdrew the authorization of X"', () => {
    expect(relations('The FCC withdrew the authorization of China Telecom Americas.')).toContain('Federal Communications Commission -TARGETS-> China Telecom Americas');
  });
  it('da: "inddrog licensen for X"', () => {
    expect(relations('Den britiske myndighed Ofcom inddrog i går licensen for CGTN.')).toContain('Ofcom -TARGETS-> CGTN');
  });
  it('not withdrawing from talks', () => {
    expect(relations('Ofcom withdrew from the talks, and Huawei said its licence was safe.')).not.toContain('Ofcom -TARGETS-> Huawei');
  });
});

describe('a policy in an earlier coordinated clause with its own subject is not the measure of the next', () => {
  it('en: "X put A on the Entity List, and the FCC has since banned gear from B"', () => {
    const rels = relations('The US put Huawei on the Entity List in 2019, and the FCC has since banned new equipment from ZTE.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> ZTE');
    expect(rels).not.toContain('Entity List -TARGETS-> ZTE');
    expect(rels).toContain('Entity List -TARGETS-> Huawei');
  });
  it('da: "USA satte A på Entity List, og FCC har siden forbudt udstyr fra B"', () => {
    const rels = relations('USA satte i 2019 Huawei på Entity List, og telemyndigheden FCC har siden forbudt udstyr fra ZTE.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> ZTE');
    expect(rels).not.toContain('Entity List -TARGETS-> ZTE');
  });
  it('still the policy when the second verb shares the subject: "and later added B to the list"', () => {
    expect(relations('The US put Huawei on the Entity List in 2019, and later added ZTE to the list.')).toContain('Entity List -TARGETS-> ZTE');
  });
});

describe('a passive order with its agent inside the phrase: "X was ordered by Y to …"', () => {
  it('en: "X was ordered by the regulator PTS to remove …"', () => {
    expect(relations('Huawei was ordered by the Swedish regulator PTS to remove its equipment.')).toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
  });
  it('en: "X was ordered by Sweden to …"', () => {
    expect(relations('Huawei was ordered by Sweden to remove its equipment.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('da: "X blev af myndigheden PTS beordret til at fjerne …"', () => {
    expect(relations('Huawei blev af den svenske myndighed PTS beordret til at fjerne sit udstyr.')).toContain('Swedish Post and Telecom Authority -TARGETS-> Huawei');
  });
  it('not a firm told something by an agency', () => {
    expect(relations('Huawei said it was told by PTS that the ruling would stand.').filter((r) => r.includes('TARGETS'))).toEqual([]);
  });
});
