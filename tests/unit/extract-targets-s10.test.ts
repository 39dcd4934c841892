// Session 10/11 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('the owner of the list a firm is put on takes the measure: "on the Commerce Department\'s Entity List"', () => {
  it('en: "placed X on the Commerce Department\'s Entity List"', () => {
    const rels = relations('The United States placed Hikvision on the Commerce Department\'s Entity List in 2019.');
    expect(rels).toContain('Entity List -TARGETS-> Hikvision');
    expect(rels).toContain('United States -TARGETS-> Hikvision');
  });
  it('da: "satte X på handelsministeriets Entity List"', () => {
    const rels = relations('USA satte i 2019 Hikvision på handelsministeriets Entity List med henvisning til selskabets rolle i Xinjiang.');
    expect(rels).toContain('Commerce Department -TARGETS-> Hikvision');
    expect(rels).toContain('United States -TARGETS-> Hikvision');
  });
  it('da passive: "blev sat på USA\'s Entity List", "på USA\'s sorte liste"', () => {
    expect(relations('Huawei blev i 2019 sat på USA\'s Entity List.')).toContain('United States -TARGETS-> Huawei');
    expect(relations('Huawei blev i 2019 sat på USA\'s sorte liste.')).toContain('United States -TARGETS-> Huawei');
  });
  it('not the owner of an unnamed list when the subject acts', () => {
    const rels = relations('The Commerce Department put Huawei on China\'s list of threats.');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
    expect(rels).not.toContain('China -TARGETS-> Huawei');
  });
});

describe('a state\'s body described, not named, as the subject stands for its body named nearby', () => {
  it('en: "South Korea\'s competition watchdog fined X … The Korea Fair Trade Commission said"', () => {
    const rels = relations('South Korea\'s competition watchdog fined Apple 20 billion won on Monday. The Korea Fair Trade Commission said the company had abused its position.');
    expect(rels).toContain('Korea Fair Trade Commission -TARGETS-> Apple');
  });
  it('da: "Det sydkoreanske konkurrencetilsyn har givet X en bøde … Korea Fair Trade Commission oplyser"', () => {
    const rels = relations('Det sydkoreanske konkurrencetilsyn har givet Apple en bøde på en milliard kroner. Korea Fair Trade Commission oplyser, at selskabet har misbrugt sin stilling.');
    expect(rels).toContain('Korea Fair Trade Commission -TARGETS-> Apple');
  });
  it('not a body of another state: "Japan\'s watchdog fined X … the Korea Fair Trade Commission"', () => {
    const rels = relations('Japan\'s competition watchdog fined Apple 20 billion yen on Monday. The Korea Fair Trade Commission said it was looking at the case.');
    expect(rels).not.toContain('Korea Fair Trade Commission -TARGETS-> Apple');
  });
});

describe('a restrictive relative on a measure noun a body owns: "the Commerce Department\'s order that would have removed X"', () => {
  it('en: without a comma', () => {
    const rels = relations('A federal judge on Sunday blocked the Commerce Department\'s order that would have removed WeChat from American app stores.');
    expect(rels).toContain('Commerce Department -TARGETS-> WeChat');
  });
  it('da: "USA\'s forbud, der skulle have fjernet X" (with the comma, as before)', () => {
    const rels = relations('En dommer har stoppet USA\'s forbud, der skulle have fjernet WeChat fra de amerikanske appbutikker.');
    expect(rels).toContain('United States -TARGETS-> WeChat');
  });
  it('not with another name as the relative clause\'s subject', () => {
    const rels = relations('The Commerce Department\'s order that Beijing would block WeChat was a rumour.');
    expect(rels).not.toContain('Commerce Department -TARGETS-> WeChat');
  });
});

describe('a measure that adds "other" names takes the names of the measure reported before: "also placed two other companies on the list"', () => {
  it('da: "satte også to andre selskaber på listen"', () => {
    const rels = relations('USA har sat Huawei og ZTE på Entity List. Handelsministeriet satte også to andre selskaber på listen: Positive Technologies og Hikvision.');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Huawei');
    expect(rels).toContain('Handelsministeriet -TARGETS-> ZTE');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Hikvision');
  });
  it('en: "also placed two other companies on the Entity List: A and B"', () => {
    const rels = relations('The United States put Huawei and ZTE on the Entity List in May. The Commerce Department also placed two other companies on the Entity List: Positive Technologies and Hikvision.');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
    expect(rels).toContain('Commerce Department -TARGETS-> Positive Technologies');
  });
  it('not "more than 30 companies": a number, not an addition', () => {
    const rels = relations('The United States put Huawei and ZTE on the Entity List in May. The Commerce Department also placed more than 30 companies on the list, among them Hikvision.');
    expect(rels).not.toContain('Commerce Department -TARGETS-> Huawei');
  });
});

describe('English "added X to a (trade) blacklist", "placed X on a watchlist" (Danish "sortliste" was there)', () => {
  it('en: "added A and B to a trade blacklist"', () => {
    const rels = relations('The United States added Huawei and ZTE to a trade blacklist on Wednesday.');
    expect(rels).toContain('United States -TARGETS-> Huawei');
    expect(rels).toContain('United States -TARGETS-> ZTE');
  });
  it('da: "føjede A til sin sortliste"', () => {
    expect(relations('USA føjede Huawei til sin sortliste i går.')).toContain('United States -TARGETS-> Huawei');
  });
  it('not a firm adding a product to its own line-up', () => {
    const rels = relations('Huawei added a new phone to its range on Wednesday, the United States said.');
    expect(rels).not.toContain('United States -TARGETS-> Huawei');
  });
});

describe('a definite description over a place-based compound after the trigger: "penalized the Moscow-based firm"', () => {
  it('en: the firm named before', () => {
    const rels = relations('Hikvision makes cameras. In April the Treasury Department fined the Hangzhou-based company.');
    expect(rels).toContain('Department of the Treasury -TARGETS-> Hikvision');
  });
  it('not when the description heads a name of its own: "the Hangzhou-based company Dahua"', () => {
    const rels = relations('Hikvision makes cameras. In April the Treasury Department fined the Hangzhou-based company Dahua.');
    expect(rels).toContain('Department of the Treasury -TARGETS-> Dahua');
    expect(rels).not.toContain('Department of the Treasury -TARGETS-> Hikvision');
  });
});

describe('the firm named before as the maker of goods a measure bars: "udstyr fra selskabet", "equipment from the company"', () => {
  it('da: "har forbudt godkendelse af nyt udstyr fra selskabet"', () => {
    expect(relations('Hikvision laver kameraer. FCC har siden forbudt godkendelse af nyt udstyr fra selskabet.')).toContain('Federal Communications Commission -TARGETS-> Hikvision');
  });
  it('en: "has banned sales of new equipment from the company"', () => {
    expect(relations('Hikvision makes cameras. The FCC has since banned sales of new equipment from the company.')).toContain('Federal Communications Commission -TARGETS-> Hikvision');
  });
  it('not a firm far from the trigger over a name', () => {
    const rels = relations('Hikvision makes cameras. The FCC has since banned Huawei, which buys chips from the company.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> Huawei');
    expect(rels).not.toContain('Federal Communications Commission -TARGETS-> Hikvision');
  });
});

describe('a programme only in focus from earlier sentences is aimed at the firms named, not at an app or a state', () => {
  it('en: the act of the sentence before takes the firm, not the app', () => {
    const rels = relations('India passed the Information Technology Act in 2000. Last year the government banned WeChat and blocked Xiaomi.');
    expect(rels).toContain('Information Technology Act -TARGETS-> Xiaomi');
    expect(rels).not.toContain('Information Technology Act -TARGETS-> WeChat');
  });
  it('da: the same', () => {
    const rels = relations('Indien vedtog Information Technology Act i 2000. Sidste år forbød regeringen WeChat og blokerede Xiaomi.');
    expect(rels).toContain('Information Technology Act -TARGETS-> Xiaomi');
    expect(rels).not.toContain('Information Technology Act -TARGETS-> WeChat');
  });
  it('a programme named in the sentence still takes the app', () => {
    expect(relations('Under the Information Technology Act, India banned WeChat.')).toContain('Information Technology Act -TARGETS-> WeChat');
  });
});

describe('a named policy as the subject of a verb of reach: "the Digital Markets Act begins to apply to Apple", "loven gælder for TikTok"', () => {
  it('en: "begins to apply to A and other platforms"', () => {
    const rels = relations('The fine comes three days before the Digital Markets Act begins to apply to Apple and other large platforms.');
    expect(rels).toContain('Digital Markets Act -TARGETS-> Apple');
  });
  it('da: "Digital Services Act gælder også for A og B"', () => {
    const rels = relations('Digital Services Act gælder også for TikTok og Meta.');
    expect(rels).toContain('Digital Services Act -TARGETS-> TikTok');
    expect(rels).toContain('Digital Services Act -TARGETS-> Meta');
  });
  it('not a firm before the verb, nor a state after a place preposition', () => {
    const rels = relations('Apple said the Digital Markets Act affects small developers in China.');
    expect(rels).not.toContain('Digital Markets Act -TARGETS-> Apple');
    expect(rels).not.toContain('Digital Markets Act -TARGETS-> China');
  });
});

describe('a state\'s body described as the agent of a passive stands for its body named nearby: "was fined by Italy\'s privacy regulator"', () => {
  it('en: "was fined by Italy\'s privacy regulator"', () => {
    const rels = relations('Italy\'s data protection authority, the Garante, has long watched OpenAI. On Friday OpenAI was fined 15 million euros by Italy\'s privacy regulator.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> OpenAI');
  });
  it('da: "blev udelukket af det italienske datatilsyn"', () => {
    const rels = relations('Garante har længe fulgt OpenAI. I fredags blev OpenAI udelukket af det italienske datatilsyn.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> OpenAI');
  });
  it('not the body of another state', () => {
    const rels = relations('The Garante has long watched OpenAI. On Friday OpenAI was fined by France\'s privacy regulator.');
    expect(rels).not.toContain('Garante per la protezione dei dati personali -TARGETS-> OpenAI');
  });
});
