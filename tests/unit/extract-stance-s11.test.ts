// Session 11 (S) stance and announcement rules: each on sentences written for it, in both
// languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"X said it would appeal", "X vil anke": a verb of opposition with no object answers the body acting against the firm', () => {
  it('en: an appeal closing the sentence', () => {
    expect(relations('The Federal Trade Commission fined Nokia $40 million on Monday. Nokia said it would appeal.')).toContain('Nokia -OPPOSES-> Federal Trade Commission');
  });
  it('da: "oplyser, at selskabet vil anke"', () => {
    expect(relations('Datatilsynet har givet Ericsson en bøde på to millioner kroner. Ericsson oplyser, at selskabet vil anke.')).toContain('Ericsson -OPPOSES-> Danish Data Protection Agency');
  });
  it('not a firm no state or body acted against, nor a body that appeals', () => {
    expect(relations('Nokia lost the contract to a rival. Nokia said it would appeal.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Datatilsynet har givet Ericsson en bøde. Konkurrencestyrelsen vil anke.').filter((r) => r.includes('-OPPOSES-> Danish Data'))).toEqual([]);
  });
});

describe('"disappointed with the decision", "skuffet over afgørelsen", "tilbageviser anklagerne", "gå rettens vej": more words of opposition', () => {
  it('en: disappointment with a decision, disputing allegations, fighting an order in court', () => {
    expect(relations('The Federal Communications Commission banned Nokia routers. Nokia said it was disappointed with the decision.')).toContain('Nokia -OPPOSES-> Federal Communications Commission');
    expect(relations('The Federal Trade Commission accused Nokia of misleading buyers. Nokia disputes the allegations.')).toContain('Nokia -OPPOSES-> Federal Trade Commission');
    expect(relations('The Federal Communications Commission ordered Nokia to leave the market. Nokia said it would fight the order in court.')).toContain('Nokia -OPPOSES-> Federal Communications Commission');
  });
  it('da: skuffelse over en afgørelse, en afvisning af anklager, en sag ved domstolene', () => {
    expect(relations('Datatilsynet har forbudt Ericssons nye app. Ericsson er skuffet over afgørelsen.')).toContain('Ericsson -OPPOSES-> Danish Data Protection Agency');
    expect(relations('Datatilsynet beskylder Ericsson for at gemme data ulovligt. Ericsson tilbageviser anklagerne.')).toContain('Ericsson -OPPOSES-> Danish Data Protection Agency');
    expect(relations('Datatilsynet har forbudt Ericssons nye app. Ericsson vil gå rettens vej for at få afgørelsen omstødt.')).toContain('Ericsson -OPPOSES-> Danish Data Protection Agency');
  });
  it('not disappointment with one\'s own results, nor a dispute of no one\'s claim', () => {
    expect(relations('Nokia said it was disappointed with its quarterly results.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Ericsson er skuffet over sit eget regnskab.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('backing by verbs only: "approval", "investors", "godkendelse", "anbefalingen" are no verbs of support, nor is a name after "to"', () => {
  const supports = (t: string) => relations(t).filter((r) => r.includes('SUPPORTS'));
  it('en: the verb still backs, the noun does not', () => {
    expect(relations('Sweden approved the Digital Markets Act on Monday.')).toContain('Sweden -SUPPORTS-> Digital Markets Act');
    expect(supports('The order forced American investors to sell their stakes in Nokia.')).toEqual([]);
    expect(supports('Nokia dropped the deal after approval from Sweden never came.')).toEqual([]);
    expect(supports('The panel said the Federal Communications Commission should approve the cable to Taiwan.')).toEqual([]);
  });
  it('da: verbet bakker stadig op, navneordet gør ikke', () => {
    expect(relations('Sverige godkendte Digital Markets Act i marts.')).toContain('Sweden -SUPPORTS-> Digital Markets Act');
    expect(supports('Nokia opgiver handlen efter udeblevet godkendelse fra Sverige.')).toEqual([]);
    expect(supports('Ministeren Anna Berg forklarede anbefalingen med, at Sverige er mål for spionage.')).toEqual([]);
  });
});

describe('"urged X not to", "used security as an excuse", "som påskud": urging a state to refrain, and the charge of a pretext', () => {
  it('en: the state urged not to act is opposed; a state said to use a pretext is accused', () => {
    expect(relations('The Chinese embassy urged Sweden not to exclude Huawei from its networks.')).toContain('Embassy of China -OPPOSES-> Sweden');
    expect(relations('Spokesman Li Wei said Sweden was using national security as an excuse to shut out Huawei.')).toContain('Li Wei -OPPOSES-> Sweden');
  });
  it('da: et land, der siges at bruge sikkerhed som påskud', () => {
    expect(relations('Talsmand Li Wei sagde, at Sverige bruger national sikkerhed som påskud for at holde Huawei ude.')).toContain('Li Wei -OPPOSES-> Sweden');
  });
  it('not an urging with no one opposed, nor a plain report', () => {
    expect(relations('Ericsson urged its staff not to travel during the strike.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Spokesman Li Wei said Sweden was using the funds to build new networks.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Talsmand Li Wei sagde, at Sverige bruger pengene til nye net.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"signed an executive order …. The order, titled X": an unnamed measure announced, named as a following sentence opens with it', () => {
  const announced = (t: string) => relations(t).filter((r) => r.includes('ANNOUNCED'));
  it('en: the noun repeated after "the", one or two sentences on', () => {
    expect(relations('The State Department unveiled a new initiative on Wednesday. The initiative, known as the Clean Network, aims to keep Chinese firms out.')).toContain('State Department -ANNOUNCED-> Clean Network');
    expect(relations('The State Department unveiled a new initiative on Wednesday. It covers five areas. The initiative, called the Clean Network, starts in May.')).toContain('State Department -ANNOUNCED-> Clean Network');
  });
  it('da: navneordet med bestemt endelse, også efter et tidsadverbium', () => {
    expect(relations('Udenrigsministeriet præsenterede onsdag et nyt initiativ. Initiativet, der hedder Clean Network, skal holde kinesiske selskaber ude.')).toContain('Danish Ministry of Foreign Affairs -ANNOUNCED-> Clean Network');
  });
  it('not a policy the next sentence names without opening with the noun, nor another noun', () => {
    expect(announced('The State Department unveiled a new initiative on Wednesday. The Clean Network was first proposed in April.')).toEqual([]);
    expect(announced('The State Department unveiled a new initiative on Wednesday. The plan, called the Clean Network, is older.')).toEqual([]);
    expect(announced('Udenrigsministeriet præsenterede onsdag et nyt initiativ. Clean Network blev først nævnt i april.')).toEqual([]);
  });
});

describe('"X pressed its allies to shut Huawei out", "X har presset de allierede til at holde Huawei ude": pressing others to exclude a firm opposes it', () => {
  it('en: lobbying or pressing allies to shut out or exclude', () => {
    expect(relations('The United States has spent two years lobbying its allies to shut Huawei out of their networks.')).toContain('United States -OPPOSES-> Huawei');
    expect(relations('Sweden has pressed its neighbours to exclude ZTE from their 5G networks.')).toContain('Sweden -OPPOSES-> ZTE');
  });
  it('da: presse eller opfordre allierede til at holde en leverandør ude', () => {
    expect(relations('Washington har i flere år presset de allierede til at holde Huawei ude af deres net.')).toContain('United States -OPPOSES-> Huawei');
    expect(relations('Sverige har opfordret nabolandene til at udelukke ZTE fra 5G-nettene.')).toContain('Sweden -OPPOSES-> ZTE');
  });
  it('not pressing a firm to do something else, nor a firm that presses', () => {
    expect(relations('Sweden pressed Ericsson to keep its prices low.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Nokia urged the government to exclude Huawei from the tender.')).not.toContain('Nokia -OPPOSES-> Huawei');
    expect(relations('Sverige har opfordret Ericsson til at sænke priserne.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('"the trade war between Washington and Beijing", "striden mellem USA og Kina", "strained relations": two states in a quarrel oppose each other', () => {
  it('en: a noun of quarrel, or relations the sentence calls strained', () => {
    const r = relations('The deal fell victim to the trade war between Sweden and Norway.');
    expect(r).toContain('Sweden -OPPOSES-> Norway');
    expect(r).toContain('Norway -OPPOSES-> Sweden');
    expect(relations('The ruling comes as relations between Sweden and Norway remain strained.')).toContain('Norway -OPPOSES-> Sweden');
  });
  it('da: et navneord for strid, eller et forhold der kaldes iskoldt', () => {
    expect(relations('Sagen falder midt i striden mellem Sverige og Norge om fiskeri.')).toContain('Sweden -OPPOSES-> Norway');
    expect(relations('Det sker, mens forholdet mellem Sverige og Norge er iskoldt.')).toContain('Norway -OPPOSES-> Sweden');
  });
  it('not relations with no strain, nor a border or a deal between two states', () => {
    expect(relations('Relations between Sweden and Norway are close.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
    expect(relations('Aftalen mellem Sverige og Norge blev underskrevet i går.').filter((r) => r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('welcoming an act: not a new act ("approved a bill"), nor an act of the official\'s own state', () => {
  const supports = (t: string) => relations(t).filter((r) => r.includes('SUPPORTS'));
  it('en: a foreign official backs the act; the state\'s own official and a fresh bill do not count', () => {
    expect(relations('Sweden banned Huawei on Monday. Norwegian Prime Minister Anna Berg hailed the decision.')).toContain('Anna Berg -SUPPORTS-> Sweden');
    expect(supports('Sweden banned Huawei on Monday. Swedish Prime Minister Anna Berg hailed the decision.')).toEqual([]);
    expect(supports('Norway banned ZTE last year. The Swedish parliament approved a bill that would ban Huawei.')).toEqual([]);
  });
  it('da: en udenlandsk minister bakker op; statens egen minister og et nyt lovforslag tæller ikke', () => {
    expect(relations('Sverige forbød Huawei mandag. Den norske statsminister Anna Berg hilste beslutningen velkommen.')).toContain('Anna Berg -SUPPORTS-> Sweden');
    expect(supports('Sverige forbød Huawei mandag. Den svenske statsminister Anna Berg hilste beslutningen velkommen.')).toEqual([]);
    expect(supports('Norge forbød ZTE sidste år. Riksdagen godkendte et lovforslag, der vil forbyde Huawei.')).toEqual([]);
  });
});
