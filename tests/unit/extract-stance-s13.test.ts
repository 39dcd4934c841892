// Session 13 (S) stance rules: each on sentences written for it, in both languages where it applies, with a case
// where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a passive verb of stance over an apposition: "X, founded by A, is backed by Y"', () => {
  it('en: an apposition opening on a participle or a relative', () => {
    expect(relations('Nokia, founded in 1865 by the engineer Fredrik Idestam, is backed by Ericsson.')).toContain('Ericsson -SUPPORTS-> Nokia');
    expect(relations('Huawei, which supplies most of the radio network, was criticised by Sweden.')).toContain('Sweden -OPPOSES-> Huawei');
  });
  it('da: an apposition opening on a relative ("der", "som")', () => {
    expect(relations('Huawei, der leverer det meste af radionettet i landet, blev kritiseret af Sverige.')).toContain('Sweden -OPPOSES-> Huawei');
  });
  it('not a name inside the apposition of a person, who cannot be backed', () => {
    expect(relations('Fredrik Idestam, who founded Nokia in 1865, was backed by Ericsson.').filter((r) => r.includes('SUPPORTS'))).toEqual([]);
    expect(relations('Fredrik Idestam, der grundlagde Nokia i 1865, blev kritiseret af Sverige.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"X alleges that Y …": an allegation is an accusation of the clause\'s subject', () => {
  it('en: a body or a person alleging that a firm did wrong opposes the firm', () => {
    expect(relations('The Federal Trade Commission alleges that Nokia misled its customers about the risk.')).toContain('Federal Trade Commission -OPPOSES-> Nokia');
    expect(relations('Ericsson alleged that Nokia had copied its designs.')).toContain('Ericsson -OPPOSES-> Nokia');
  });
  it('not "alleged" qualifying a noun, with nobody alleging', () => {
    expect(relations('The alleged spying by Nokia was reported in Sweden on Monday.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Reports of alleged abuses at Nokia surfaced in Sweden.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('a law said to be broken is the yardstick of a charge, not what the speaker opposes', () => {
  it('en: "said the ban … violated the First Amendment" opposes the ban\'s author, not the Amendment', () => {
    const rels = relations('Texas banned Nokia phones. A Nokia spokeswoman said the ban was a threat to free speech and violated the First Amendment.');
    expect(rels).toContain('Nokia -OPPOSES-> Texas');
    expect(rels).not.toContain('Nokia -OPPOSES-> First Amendment');
  });
  it('da: "i strid med databeskyttelsesforordningen"', () => {
    const rels = relations('Texas har forbudt Nokias telefoner. En talsperson for Nokia siger, at forbuddet er en trussel og i strid med databeskyttelsesforordningen.');
    expect(rels).toContain('Nokia -OPPOSES-> Texas');
    expect(rels).not.toContain('Nokia -OPPOSES-> General Data Protection Regulation');
  });
  it('a law the speaker attacks is still opposed', () => {
    expect(relations('Nokia said the General Data Protection Regulation was a threat to innovation.')).toContain('Nokia -OPPOSES-> General Data Protection Regulation');
    expect(relations('Nokia siger, at databeskyttelsesforordningen er en trussel mod innovation.')).toContain('Nokia -OPPOSES-> General Data Protection Regulation');
  });
});

describe('"argues", "contends", "hævder", "argumenterer" report speech like "said"', () => {
  it('en: a firm arguing that the measure against it is unfair opposes its author', () => {
    expect(relations('Texas banned Nokia phones in May. Nokia argues that the ban is unfair and discriminatory.')).toContain('Nokia -OPPOSES-> Texas');
    expect(relations('Texas banned Nokia phones in May. Nokia contends that the ban is politically motivated.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('da: "hævder, at"', () => {
    expect(relations('Texas har forbudt Nokias telefoner. Nokia hævder, at forbuddet er urimeligt og diskriminerende.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('not an argument with no charge in it', () => {
    expect(relations('Nokia argues that the market for 5G equipment will grow.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Nokia hævder, at markedet for 5G-udstyr vil vokse.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});
