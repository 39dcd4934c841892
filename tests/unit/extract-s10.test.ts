// Session 10: document-level rules, each on sentences written for it, with cases where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe("an agency of the acting state shares its state's measure (target.agency)", () => {
  it('en: the commission that speaks about the fined firm in the next sentence targets it too', () => {
    const rels = relations('South Korea fined Google on Tuesday. The Korea Fair Trade Commission said Google had abused its dominance.');
    expect(rels).toContain('South Korea -TARGETS-> Google');
    expect(rels).toContain('Korea Fair Trade Commission -TARGETS-> Google');
  });
  it('da: the agency that reports on the firm after the headline\'s ban', () => {
    const rels = relations('Kina udelukker Micron fra kritisk infrastruktur. Cyberspace Administration of China meddelte søndag, at Microns produkter ikke har bestået en sikkerhedsgennemgang.');
    expect(rels).toContain('Cyberspace Administration of China -TARGETS-> Micron Technology');
  });
  it('en: the ministry that speaks for the ban, with the apps only in the first sentence', () => {
    const rels = relations('India banned TikTok in June. The Ministry of Electronics and Information Technology said the apps were a threat to sovereignty.');
    expect(rels).toContain('Ministry of Electronics and Information Technology -TARGETS-> TikTok');
  });
  it('not a legislature, which passes laws rather than carrying out the measure', () => {
    const rels = relations('South Korea fined Google on Tuesday. The National Assembly of South Korea had passed a law that Google must follow.');
    expect(rels).toContain('South Korea -TARGETS-> Google');
    expect(rels).not.toContain('National Assembly of South Korea -TARGETS-> Google');
  });
  it("not an agency of another state, even one speaking about the firm", () => {
    const rels = relations('China banned Micron in May. The US Commerce Department said Micron had done nothing wrong.');
    expect(rels).toContain('China -TARGETS-> Micron Technology');
    expect(rels.some((r) => r.startsWith('Department of Commerce -TARGETS->') || r.startsWith('Commerce Department -TARGETS->'))).toBe(false);
  });
  it('not an agency of the same state that neither speaks nor shares a sentence with the target', () => {
    const rels = relations('India banned TikTok in June. The Department of Telecommunications later approved 5G trials.');
    expect(rels).toContain('India -TARGETS-> TikTok');
    expect(rels).not.toContain('Department of Telecommunications -TARGETS-> TikTok');
  });
});

describe('target.agency: reporting a passive measure is no part in it', () => {
  it('en/da: the agency that only says the firm was blocked (by someone else) does not share the measure', () => {
    expect(relations('Roskomnadzor said Twitter was blocked in Russia by a court.')).not.toContain('Roskomnadzor -TARGETS-> Twitter');
    expect(relations('Twitter blev blokeret i Rusland, og Roskomnadzor sagde intet.')).not.toContain('Roskomnadzor -TARGETS-> Twitter');
  });
  it('but an agency acting in a later sentence on the passive measure\'s target does', () => {
    expect(relations('Twitter was blocked in Russia on Friday. Roskomnadzor accused Twitter of ignoring its orders.')).toContain('Roskomnadzor -TARGETS-> Twitter');
  });
});
