// TARGETS rules of round fourteen: the object side of a measure, on sentences written for these tests.
import { relations } from '../fixtures/extract/helpers';

describe('a pronoun as the object of a measure verb stands for the firm or app in focus', () => {
  it.each([
    ['en', 'India banned TikTok in 2020, and Canada blocked it in March.', 'Canada -TARGETS-> TikTok'],
    ['en', 'TikTok has been criticised over its handling of user data. Canada banned it from government devices last month.', 'Canada -TARGETS-> TikTok'],
    ['da', 'Indien forbød TikTok i 2020, og Canada blokerede den i marts.', 'Canada -TARGETS-> TikTok'],
    ['da', 'TikTok er blevet kritiseret for sin håndtering af data. Canada forbød den på statens telefoner i sidste måned.', 'Canada -TARGETS-> TikTok'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it.each([
    ['en', 'Huawei and ZTE have long been under scrutiny. Sweden excluded them from its 5G networks in 2020.'],
    ['da', 'Huawei og ZTE har længe været under lup. Sverige udelukkede dem fra sine 5G-net i 2020.'],
  ])('%s: a plural pronoun takes the whole list: %s', (_lang, text) => {
    const found = relations(text);
    expect(found).toContain('Sweden -TARGETS-> Huawei');
    expect(found).toContain('Sweden -TARGETS-> ZTE');
  });

  it.each([
    ['en', 'Oracle submitted a proposal, and the Committee on Foreign Investment in the United States said it would review it this week.', 'Oracle'],
    ['da', 'Canada forbød den kinesiske app TikTok i marts.', 'kinesiske'],
    ['en', 'Brazil seized the funds to cover the fines it had imposed on X.', 'Brazil -TARGETS-> Brazil'],
  ])('%s: not a pronoun for a plan reviewed, an article, or the subject of a relative clause: %s', (_lang, text, absent) => {
    expect(relations(text).filter((r) => r.includes('-TARGETS->') && r.includes(absent) && !r.includes('TikTok'))).toEqual([]);
  });
});

describe('firms counted but not named are no reason to aim the measure at their state', () => {
  it.each([
    ['en', 'Canada on Wednesday ordered three Chinese companies to divest their holdings in lithium miners.'],
    ['en', 'The Commerce Department added 12 Chinese firms to the Entity List on Friday.'],
    ['da', 'Canada beordrede onsdag tre kinesiske selskaber til at sælge deres aktier i mineselskaber.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text).filter((r) => /-TARGETS-> China$/.test(r))).toEqual([]);
  });

  it('a state named as a qualifier after a count: "two U.S. missile makers"', () => {
    expect(relations('China on Thursday placed two U.S. missile makers on its unreliable entity list.').filter((r) => /-TARGETS-> United States$/.test(r))).toEqual([]);
  });

  it.each([
    ['en', 'Canada on Wednesday ordered Chinese companies to divest their holdings in lithium miners.', 'Canada -TARGETS-> China'],
    ['da', 'Canada beordrede onsdag kinesiske selskaber til at sælge deres aktier i mineselskaber.', 'Canada -TARGETS-> China'],
  ])('%s: without a count the firms of a nationality still stand for their state: %s', (_lang, text, expected) => {
    expect(relations(text)).toContain(expected);
  });
});

describe('verbs and nouns of a measure in the forms reporters use', () => {
  it.each([
    ['en', 'The European Commission opened an investigation into Temu on Thursday.', 'European Commission -TARGETS-> Temu'],
    ['en', 'The FTC launched an inquiry into Microsoft last year.', 'Federal Trade Commission -TARGETS-> Microsoft'],
    ['en', 'The European Commission opened a probe into Temu.', 'European Commission -TARGETS-> Temu'],
    ['da', 'Kommissionen har indledt en undersøgelse af Temu.', 'European Commission -TARGETS-> Temu'],
    ['en', 'Australia kept Huawei out of its 5G network in 2018.', 'Australia -TARGETS-> Huawei'],
    ['da', 'Australien holdt Huawei ude af 5G-nettet i 2018.', 'Australia -TARGETS-> Huawei'],
    ['en', 'Russia throttled Twitter in March over banned content.', 'Russia -TARGETS-> Twitter'],
    ['da', 'Sverige fraråder TikTok på statens telefoner.', 'Sweden -TARGETS-> TikTok'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('not a place: "moved into" is no inquiry', () => {
    expect(relations('Huawei moved into a new office in London after the inquiry.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('a firm and its parent named together are both aimed at', () => {
  it.each([
    ['en', 'The Justice Department sued TikTok and its parent ByteDance on Friday.'],
    ['en', 'The Justice Department sued TikTok and its parent company ByteDance on Friday.'],
    ['da', 'Justitsministeriet sagsøgte fredag TikTok og dets ejer ByteDance.'],
  ])('%s: %s', (_lang, text) => {
    const found = relations(text).filter((r) => r.includes('-TARGETS->'));
    expect(found.some((r) => r.endsWith('-> TikTok'))).toBe(true);
    expect(found.some((r) => r.endsWith('-> ByteDance'))).toBe(true);
  });

  it('not the parent named in a relative clause on the target', () => {
    expect(relations('The Justice Department sued TikTok, whose parent ByteDance is based in Beijing.').filter((r) => r.includes('-TARGETS-> ByteDance'))).toEqual([]);
  });
});

describe('a measure denied is none', () => {
  it.each([
    ['en', 'Norway has not banned Huawei from its 5G networks.'],
    ['en', 'Norway did not ban Huawei, unlike Sweden.'],
    ['da', 'Regeringen i Norge har ikke indført et forbud mod Huawei.'],
    ['da', 'Norge har aldrig forbudt Huawei.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text).filter((r) => r.startsWith('Norway -TARGETS->'))).toEqual([]);
  });

  it.each([
    ['en', 'Norway not only banned Huawei but also ZTE.', 'Norway -TARGETS-> Huawei'],
    ['en', 'Norway banned Huawei, which it does not trust.', 'Norway -TARGETS-> Huawei'],
    ['da', 'Norge har ikke kun forbudt Huawei, men også ZTE.', 'Norway -TARGETS-> Huawei'],
  ])('%s: not "not only", nor a negation elsewhere: %s', (_lang, text, expected) => {
    expect(relations(text)).toContain(expected);
  });
});

describe('stores asked to remove an app are not what the measure is aimed at', () => {
  it.each([
    ['en', 'Russia asked Apple and Google to remove Telegram from their app stores.'],
    ['da', 'Rusland har bedt Apple og Google om at fjerne Telegram fra deres appbutikker.'],
  ])('%s: %s', (_lang, text) => {
    const found = relations(text);
    expect(found).toContain('Russia -TARGETS-> Telegram');
    expect(found.filter((r) => /-TARGETS-> (Apple|Google)$/.test(r))).toEqual([]);
  });

  it.each([
    ['en', 'Telegram has millions of Russian users. Russia asked Apple and Google to remove the app from their stores.'],
    ['da', 'Telegram har millioner af russiske brugere. Rusland har bedt Apple og Google om at fjerne appen fra deres butikker.'],
  ])('%s: not the stores either when the app is only described: %s', (_lang, text) => {
    expect(relations(text).filter((r) => /-TARGETS-> (Apple|Google)$/.test(r))).toEqual([]);
  });

  it('a firm ordered to remove a feature of its own stays the target', () => {
    expect(relations('Italy ordered Apple to remove its tracking feature from iPhones sold in the country.')).toContain('Italy -TARGETS-> Apple');
  });
});

describe('what a firm is punished for is no measure of its own', () => {
  it.each([
    ['en', 'South Korea fined Google $177 million for blocking Android rivals.', 'South Korea -TARGETS-> Android'],
    ['en', 'The European Commission fined Google 4.3 billion euros in 2018 for similar restrictions on Android device makers.', 'European Commission -TARGETS-> Android'],
    ['da', 'Kommissionen gav Google en bøde for at have blokeret Android-konkurrenter.', 'European Commission -TARGETS-> Android'],
  ])('%s: %s', (_lang, text, absent) => {
    const found = relations(text);
    expect(found.some((r) => r.includes('-TARGETS-> Google'))).toBe(true);
    expect(found).not.toContain(absent);
  });

  it.each([
    ['en', 'Lawmakers called for a ban on TikTok, and Montana banned it in May.', 'Montana -TARGETS-> TikTok'],
    ['da', 'Sverige har forbudt TikTok og griber nu ind for at blokere Huawei.', 'Sweden -TARGETS-> Huawei'],
  ])('%s: not a measure called for, nor a Danish purpose ("for at forhindre"): %s', (_lang, text, expected) => {
    expect(relations(text).some((r) => r.includes('-TARGETS->') && r.includes(expected))).toBe(true);
  });
});

describe('a firm described as part of another takes its parent along', () => {
  it.each([
    ['en', 'Germany blocked the sale of the plant to HiSilicon, the chip design subsidiary of China\'s Huawei, on Wednesday.', 'Germany -TARGETS-> HiSilicon', 'Germany -TARGETS-> Huawei'],
    ['da', 'Tyskland blokerede salget af fabrikken til Nexperia, et hollandsk datterselskab af den kinesiske koncern Wingtech.', 'Germany -TARGETS-> Nexperia', 'Germany -TARGETS-> Wingtech'],
  ])('%s: %s', (_lang, text, part, parent) => {
    const found = relations(text);
    expect(found).toContain(part);
    expect(found).toContain(parent);
  });

  it('not a firm named in a description that is no part of it', () => {
    expect(relations('Germany blocked the sale of the plant to Nexperia, the Dutch chipmaker that competes with Infineon.')).not.toContain('Germany -TARGETS-> Infineon');
  });
});

describe('"also on the list" reaches back to the text\'s list measure', () => {
  it.each([
    ['en', 'India banned TikTok and WeChat on Monday. The ministry said the apps threatened the country\'s sovereignty. Users had complained about data sent abroad. The ban follows a border clash in which twenty soldiers died. Also on the list are Shareit and CamScanner.'],
    ['da', 'Indien forbyder TikTok og WeChat. Ministeriet siger, at apperne truer landets suverænitet. Brugere har klaget over data sendt til udlandet. Forbuddet kommer efter et sammenstød ved grænsen. På listen står også Shareit og CamScanner.'],
  ])('%s: %s', (_lang, text) => {
    const found = relations(text);
    expect(found).toContain('India -TARGETS-> CamScanner');
  });

  it('not with no measure reported before', () => {
    expect(relations('India is a large market for Chinese apps. Also on the list are Shareit and CamScanner.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('more names of a measure take the state that took it, not only the law of the last sentence', () => {
  it.each([
    ['en', 'India banned TikTok and WeChat on Monday. The ban was issued under the Information Technology Act, which lets the government block apps. Also on the list are Shareit and CamScanner.'],
    ['da', 'Indien forbyder TikTok og WeChat. Forbuddet bygger på IT-loven, som giver regeringen ret til at blokere apps. På listen står også Shareit og CamScanner.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text)).toContain('India -TARGETS-> CamScanner');
  });
});

describe('similar measures with their actor left out are the same actor\'s', () => {
  it.each([
    ['en', 'The European Commission on Thursday opened formal proceedings against AliExpress under the Digital Services Act. It is the first such case against a marketplace. Similar proceedings against TikTok were opened earlier.'],
    ['da', 'EU-Kommissionen har torsdag indledt en formel sag mod AliExpress efter Digital Services Act. Det er første gang, at Kommissionen går efter en markedsplads. Tidligere er der åbnet tilsvarende sager mod TikTok.'],
  ])('%s: %s', (_lang, text) => {
    expect(relations(text)).toContain('European Commission -TARGETS-> TikTok');
  });

  it('not when no measure with an actor was reported just before', () => {
    expect(relations('TikTok is popular in Europe. Similar proceedings against TikTok were opened in other countries.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe("an adverb inside 'gribe ind over for' / 'skride ind mod'", () => {
  it.each([
    ['Konkurrencetilsynet kan nu gribe hurtigere ind over for Amazon.', 'Konkurrencetilsynet -TARGETS-> Amazon'],
    ['Datatilsynet skred straks ind mod Grindr.', 'Danish Data Protection Agency -TARGETS-> Grindr'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('not across a longer stretch: the words between are no adverb', () => {
    expect(relations('Datatilsynet greb i sidste uge efter en lang sag ind over for Grindr.')).not.toContain('Danish Data Protection Agency -TARGETS-> Grindr');
  });
});
