// The state's copy of a body's measure (rule target.state), round 14b: sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

const FILLER_EN = [
  'The company said it would appeal the decision.',
  'Analysts said the move had been expected for months.',
  'The company has about two million customers in the country.',
  'It has denied any links to the Chinese government.',
  'Shares in the parent company fell 3 percent in Hong Kong.',
  'The company said it was studying the order.',
];
const FILLER_DA = [
  'Selskabet siger, at det vil anke afgørelsen.',
  'Analytikere siger, at beslutningen har været ventet i flere måneder.',
  'Selskabet har omkring to millioner kunder i landet.',
  'Det har afvist enhver forbindelse til den kinesiske regering.',
  'Aktien i moderselskabet faldt tre procent i Hongkong.',
  'Selskabet oplyser, at det er ved at gennemgå afgørelsen.',
];

describe("a body's earlier step, far down a story led by its new measure, is the body's own", () => {
  const en = [
    'The Federal Communications Commission on Tuesday revoked the authority of China Unicom Americas to provide telecommunications services in the United States.',
    ...FILLER_EN,
    'In 2019 the FCC also barred China Mobile from the U.S. market.',
  ].join(' ');
  const da = [
    'Den amerikanske telemyndighed, Federal Communications Commission (FCC), har tilbagekaldt China Unicom Americas\' tilladelse til at levere teletjenester i USA.',
    ...FILLER_DA,
    'Året før havde FCC sagt nej til en ansøgning fra China Mobile om at levere teletjenester i landet.',
  ].join(' ');

  it.each([['en', en], ['da', da]])('%s: the lead measure is the state\'s, the earlier step only the body\'s', (_lang, text) => {
    const rels = relations(text);
    expect(rels).toContain('United States -TARGETS-> China Unicom Americas');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> China Mobile');
    expect(rels).not.toContain('United States -TARGETS-> China Mobile');
  });

  it('another body of the state acting late in the story still acts for the state', () => {
    const text = [
      'The Federal Communications Commission on Tuesday revoked the authority of China Unicom Americas to provide telecommunications services in the United States.',
      ...FILLER_EN,
      'In 2019 the Commerce Department added Huawei to its Entity List.',
    ].join(' ');
    expect(relations(text)).toContain('United States -TARGETS-> Huawei');
  });
});

describe('a recommendation that something not be done backs nothing', () => {
  it.each([
    ['da', 'Justitsministeriet anbefalede, at TikTok ikke installeres på ministeriets telefoner.'],
    ['da', 'Forsvarsministeriet anbefaler, at de ansatte ikke bruger TikTok.'],
    ['en', 'The Justice Department recommended that staff not install TikTok on official phones.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text).filter((r) => r.includes('SUPPORTS'))).toEqual([]);
  });

  it('a recommendation without a negation still backs what it names', () => {
    expect(relations('Justitsministeriet anbefalede TikTok.')).toContain('Danish Ministry of Justice -SUPPORTS-> TikTok');
  });
});
