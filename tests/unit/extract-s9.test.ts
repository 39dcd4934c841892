// Session 9 fixes found on our own sample about China's data security initiative: each on sentences written for
// it, with a case where it must not fire.
import { guessLanguage } from '../../ingest/extract/2-language';
import { entities, lexicon, relations } from '../fixtures/extract/helpers';

describe('a US cabinet title names the United States, whatever state the text is about', () => {
  it('en: "Secretary of State Mike Pompeo" in a text about China holds his office in the United States', () => {
    const rels = relations('China unveiled its own rules on Tuesday. The United States was not impressed. Secretary of State Mike Pompeo expanded the Clean Network.');
    expect(rels).toContain('Mike Pompeo -HOLDS_ROLE-> United States');
    expect(rels).not.toContain('Mike Pompeo -HOLDS_ROLE-> China');
  });
  it('"Attorney General" is no US title by itself: Nigeria\'s stays Nigeria\'s', () => {
    const rels = relations('Nigeria suspended Twitter in June. The United States criticised the move. Attorney General Abubakar Malami ordered prosecutions.');
    expect(rels).toContain('Abubakar Malami -HOLDS_ROLE-> Nigeria');
    expect(rels).not.toContain('Abubakar Malami -HOLDS_ROLE-> United States');
  });
});

describe('"on" inside the name of a measure or a body', () => {
  it('en: "Global Initiative on Data Security" is one Policy', () => {
    expect(entities('China unveiled a Global Initiative on Data Security in Beijing.')).toContain('Policy:Global Initiative on Data Security');
  });
  it('"on" before a weekday or after a firm\'s name joins nothing', () => {
    const ents = entities('The Commission adopted a Data Initiative on Monday. Huawei on Tuesday denied it.');
    expect(ents).not.toContain('Policy:Data Initiative on Monday');
    expect(ents.some((e) => e.includes('Huawei on'))).toBe(false);
  });
});

describe('a measure named as what the announced one answers is not announced', () => {
  it('en: "launches a data security initiative in answer to Clean Network"', () => {
    const rels = relations('Wang Yi launches a data security initiative in answer to Clean Network.');
    expect(rels).not.toContain('Wang Yi -ANNOUNCED-> Clean Network');
  });
  it('da: "som svar på" stops the list, but a measure before it is still announced', () => {
    const rels = relations('Kina lancerede Global Initiative on Data Security som svar på Clean Network.');
    expect(rels).toContain('China -ANNOUNCED-> Global Initiative on Data Security');
    expect(rels).not.toContain('China -ANNOUNCED-> Clean Network');
  });
});

describe('who bids others join does not join', () => {
  it('en: "Pompeo invited allies to join the Clean Network" is no support by Pompeo', () => {
    expect(relations('Mike Pompeo invited allies to join the Clean Network.')).not.toContain('Mike Pompeo -SUPPORTS-> Clean Network');
  });
  it('da: "opfordrede andre lande til at tilslutte sig" is no support by the one who urges', () => {
    expect(relations('Danmark opfordrede andre lande til at tilslutte sig Clean Network.')).not.toContain('Denmark -SUPPORTS-> Clean Network');
  });
  it('a named country urged to join is the one that joins', () => {
    expect(relations('Sverige sagde, at Danmark har tilsluttet sig Clean Network.')).toContain('Denmark -SUPPORTS-> Clean Network');
  });
});

describe('a list item "PRODUCT owner FIRM" is the firm', () => {
  it('en: "Chinese firms such as Huawei, TikTok owner ByteDance and Tencent"', () => {
    const rels = relations('Washington pressed Chinese firms such as Huawei, TikTok owner ByteDance and Tencent.');
    expect(rels).toContain('ByteDance -BASED_IN-> China');
    expect(rels).toContain('Tencent -BASED_IN-> China');
    expect(rels).not.toContain('TikTok -BASED_IN-> China');
  });
  it('da: "kinesiske selskaber som Huawei, TikTok-ejeren ByteDance og Tencent" leaves TikTok out too', () => {
    const rels = relations('USA presser kinesiske selskaber som Huawei, TikTok-ejeren ByteDance og Tencent.');
    expect(rels).toContain('Tencent -BASED_IN-> China');
    expect(rels).toContain('ByteDance -BASED_IN-> China');
    expect(rels).not.toContain('TikTok -BASED_IN-> China');
  });
});

describe('an app that is also its own company is typed Company, so it can have officers and suppliers', () => {
  it('en: "TikTok chief executive Shou Zi Chew" holds a role at TikTok', () => {
    expect(relations('Lawmakers grilled TikTok chief executive Shou Zi Chew on Thursday.')).toContain('Shou Zi Chew -HOLDS_ROLE-> TikTok');
  });
  it('da: "Telegrams stifter Pavel Durov" holds a role at Telegram', () => {
    expect(relations('Telegrams stifter Pavel Durov blev anholdt i Paris.')).toContain('Pavel Durov -HOLDS_ROLE-> Telegram');
  });
  it('an app of a larger firm stays a Product: WeChat', () => {
    expect(entities('Tencent runs WeChat.')).toContain('Product:WeChat');
  });
});

describe('kind nouns: "firma" is a firm, "browser" a product', () => {
  it('da: "det amerikanske firma Clearview AI" is an American company', () => {
    const rels = relations('Datatilsynet gav det amerikanske firma Clearview AI en bøde.');
    expect(rels).toContain('Clearview AI -BASED_IN-> United States');
  });
  it('da: "browseren UC Browser" is a product that a ban can hit', () => {
    expect(relations('Regeringen greb ind i går. Indien forbød browseren UC Browser.')).toContain('India -TARGETS-> UC Browser');
  });
  it('"firma" before a lower-case word names nothing', () => {
    expect(entities('Et dansk firma har klaget.')).toEqual(['Government:Denmark']);
  });
});

describe('a short text too short for function words takes its language from our trigger words', () => {
  it('da: "Indien forbød appen UC Browser." is Danish', () => {
    expect(guessLanguage('Indien forbød appen UC Browser.', lexicon).language).toBe('da');
  });
  it('en: "India banned TikTok." is English', () => {
    expect(guessLanguage('India banned TikTok.', lexicon).language).toBe('en');
  });
  it('the trigger words do not overrule function words that point elsewhere: "Digital Services Act begrænser EU og TikTok." stays Danish', () => {
    expect(guessLanguage('Digital Services Act begrænser EU og TikTok.', lexicon).language).toBe('da');
  });
  it('a German sentence with none of our trigger words is not made Danish or English by them', () => {
    expect(guessLanguage('Die Regierung und der Minister sind nicht einverstanden.', lexicon).language).toBe('de');
  });
});
