// Session thirteen: HOLDS_ROLE, BASED_IN and the other structural relations, on sentences written for these tests.
import { entities, relations } from '../fixtures/extract/helpers';

describe('a bare governor\'s title is the office of the place below the national level the text is about', () => {
  it.each([
    ['Montana has sued TikTok over its data practices. Governor Greg Holt said on Tuesday the state would not back down.', 'Greg Holt -HOLDS_ROLE-> Montana'],
    ['Montana har sagsøgt TikTok. Guvernør Greg Holt sagde tirsdag, at delstaten ikke vil give sig.', 'Greg Holt -HOLDS_ROLE-> Montana'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('a text about a nation that names no such place gives the bare title no body', () => {
    const rels = relations('The United States has banned TikTok on federal phones, and lawmakers in Ohio are weighing the same step. Governor Greg Holt said on Tuesday he would wait.');
    expect(rels.filter((r) => r.startsWith('Greg Holt -HOLDS_ROLE->'))).toEqual([]);
  });
});

describe('a nationality word on a plural noun for a kind of firm places the firms listed after it', () => {
  it.each([
    ['Telco Nord is owned by the Dutch insurers Vantor and Meridan.', ['Vantor -BASED_IN-> Netherlands', 'Meridan -BASED_IN-> Netherlands']],
    ['The plant relies on US toolmakers such as Veltrix and Norland to run its lines.', ['Veltrix -BASED_IN-> United States', 'Norland -BASED_IN-> United States']],
    ['Telco Nord ejes af de hollandske pensionskasser Vantor og Meridan.', ['Vantor -BASED_IN-> Netherlands', 'Meridan -BASED_IN-> Netherlands']],
    ['Fabrikken bruger amerikanske kapitalfonde som Vantor og Meridan.', ['Vantor -BASED_IN-> United States', 'Meridan -BASED_IN-> United States']],
  ])('%s', (text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  it('an English "banker" is a person, not the Danish plural of "bank"', () => {
    const text = 'Canyon Ridge, founded in 2016 by the Dutch investment banker Arlo Brandt, is backed by a state fund.';
    expect(entities(text)).not.toContain('Company:Arlo Brandt');
    expect(relations(text)).not.toContain('Arlo Brandt -BASED_IN-> Netherlands');
  });
});

describe('"the <place> company" after a firm named in the same sentence is another firm than that one', () => {
  it.each([
    ['Qualcomm makes modem chips for phones. Broadcom said it might gain control of the San Diego company.'],
    ['Qualcomm laver modemchips til telefoner. Broadcom vil overtage San Diego-selskabet.'],
  ])('%s', (text) => {
    const rels = relations(text);
    expect(rels).toContain('Qualcomm -BASED_IN-> San Diego');
    expect(rels).not.toContain('Broadcom -BASED_IN-> San Diego');
  });

  it('with no other firm in view, the description places none', () => {
    const rels = relations('Broadcom makes network chips. Broadcom said on Monday it might gain control of the San Diego company.');
    expect(rels).not.toContain('Broadcom -BASED_IN-> San Diego');
  });
});

describe('names before a verb of being and a genitive noun of owning hold the firm of the genitive', () => {
  it.each([
    ['Tencent and Temasek are among Lumora\'s largest shareholders. Lumora makes chips.'],
    ['Tencent og Temasek er blandt Lumoras største aktionærer.'],
  ])('%s', (text) => {
    expect(relations(text)).toEqual(expect.arrayContaining(['Tencent -OWNS-> Lumora', 'Temasek -OWNS-> Lumora']));
  });

  it.each([
    ['Tencent and Temasek are among Lumora\'s largest customers. Lumora makes chips.'],
    ['Tencent and Temasek met Lumora\'s largest shareholders on Monday. Lumora makes chips.'],
  ])('no ownership without a noun of owning after a verb of being: %s', (text) => {
    const rels = relations(text);
    expect(rels).not.toContain('Tencent -OWNS-> Lumora');
    expect(rels).not.toContain('Temasek -OWNS-> Lumora');
  });
});

describe('"X, whose Y" is X\'s Y, as "X\'s Y" is', () => {
  it.each([
    ['The ministry fined Yandex, whose Alisa assistant listens to users.', 'Yandex -OWNS-> Alisa'],
    ['Microsoft har tilbudt Sony, hvis PlayStation er den største rival til Xbox, en lignende aftale.', 'Sony -OWNS-> PlayStation'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('not a name that qualifies a noun for a rival', () => {
    expect(relations('Microsoft made an offer to Sony, whose Nintendo rival has declined.')).not.toContain('Sony -OWNS-> Nintendo');
  });
});

describe('"uses X as one of its main suppliers": a few more words between "as" and the noun of supplying', () => {
  it.each([
    ['Orange uses Huawei as one of its main suppliers of mobile equipment.', ['Huawei -SUPPLIES-> Orange']],
    ['Proximus og Orange Belgium har hidtil brugt Huawei som en af deres vigtigste leverandører.', ['Huawei -SUPPLIES-> Proximus', 'Huawei -SUPPLIES-> Orange Belgium']],
  ])('%s', (text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  it('not a noun of supplying far past "as"', () => {
    expect(relations('Orange uses Huawei as an argument in its long talks with regulators about suppliers.')).not.toContain('Huawei -SUPPLIES-> Orange');
  });
});

describe('a noun referring back to a body, set off before "headed by"/"ledes af", is the body the person heads', () => {
  it.each([
    ['The Data Protection Commission fined Meta on Monday. The regulator, which is headed by Helen Dixon, said the breach was serious.', 'Helen Dixon -HOLDS_ROLE-> Data Protection Commission'],
    ['Datatilsynet har grebet ind over for Worldcoin. Tilsynet, der ledes af Mar España, vurderer, at der er risiko for skader.', 'Mar España -HOLDS_ROLE-> Danish Data Protection Agency'],
    ['Datatilsynet har grebet ind over for Worldcoin, og tilsynet, der ledes af Mar España, vurderer, at der er risiko for skader.', 'Mar España -HOLDS_ROLE-> Danish Data Protection Agency'],
  ])('%s', (text, expected) => {
    expect(relations(text)).toContain(expected);
  });

  it('not a noun for a body in the middle of a clause, where it is no subject', () => {
    const rels = relations('The Data Protection Commission fined Meta on Monday. Meta appealed the decision of the regulator, which is headed by Helen Dixon.');
    expect(rels).not.toContain('Helen Dixon -HOLDS_ROLE-> Meta');
  });
});

describe('a takeover bid from a firm names the bidder, and the firm before it the one bid for', () => {
  it.each([
    ['Qualcomm fights off a hostile takeover bid from Broadcom.'],
    ['Qualcomm rejected the takeover offer from Broadcom on Monday.'],
    ['Qualcomm afviste et fjendtligt overtagelsesbud fra Broadcom.'],
  ])('%s', (text) => {
    expect(relations(text)).toContain('Broadcom -ACQUIRES-> Qualcomm');
  });

  it.each([
    ['Huawei bought chips from Qualcomm last year.'],
    ['Huawei købte chips fra Qualcomm sidste år.'],
  ])('goods bought from a firm are no bid: %s', (text) => {
    const rels = relations(text);
    expect(rels).not.toContain('Qualcomm -ACQUIRES-> Huawei');
    expect(rels).not.toContain('Huawei -ACQUIRES-> Qualcomm');
  });
});

describe('"the <place>-based <noun for a firm>" that the coreference leaves unread is the firm the text was just about', () => {
  it.each([
    ['Nvidia said sales would need a licence. In a filing on Tuesday, the Santa Clara-based chip designer said officials had informed it.'],
    ['Nvidia skal have licens til salget. Den Santa Clara-baserede chipproducent oplyste tirsdag, at myndighederne havde underrettet den.'],
  ])('%s', (text) => {
    expect(relations(text)).toContain('Nvidia -BASED_IN-> Santa Clara');
  });

  it('a central bank is no firm', () => {
    expect(relations('Paytm was told to stop taking deposits. The Mumbai-based central bank has stepped up scrutiny of lenders.')).not.toContain('Paytm -BASED_IN-> Mumbai');
  });
});

describe('world facts: the makers of well-known devices and services', () => {
  it.each([
    ['The FTC sued Microsoft and Sony on Monday. Owners of the Xbox and the PlayStation may be affected.'],
    ['Konkurrencemyndigheden har stævnet Microsoft og Sony. Ejere af Xbox og PlayStation kan blive ramt.'],
  ])('%s', (text) => {
    expect(relations(text)).toEqual(expect.arrayContaining(['Microsoft -OWNS-> Xbox', 'Sony -OWNS-> PlayStation']));
  });

  it('not in a text that acts on neither maker', () => {
    const rels = relations('Microsoft and Sony make game consoles. The Xbox and the PlayStation sell well.');
    expect(rels).not.toContain('Microsoft -OWNS-> Xbox');
  });
});

describe('a firm that has businesses, units or brands "including" named firms owns them', () => {
  it.each([
    ['Raytheon Technologies, however, has large civilian businesses, including engine maker Pratt & Whitney and Collins Aerospace.', ['Raytheon Technologies -OWNS-> Pratt & Whitney', 'Raytheon Technologies -OWNS-> Collins Aerospace']],
    ['Tencent har flere datterselskaber, herunder Kugou og Kuwo.', ['Tencent -OWNS-> Kugou', 'Tencent -OWNS-> Kuwo']],
  ])('%s', (text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  it('not rivals listed after a verb of having', () => {
    const rels = relations('Huawei has rivals, including Nokia and Ericsson.');
    expect(rels).not.toContain('Huawei -OWNS-> Nokia');
    expect(rels).not.toContain('Huawei -OWNS-> Ericsson');
  });
});
