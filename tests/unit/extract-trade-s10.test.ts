// Session 10 (x11-O), firm and place rules (BASED_IN, OWNS, SUPPLIES, ACQUIRES, PART_OF): each on sentences
// written for it, in both languages where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a body no state qualifies belongs to the state of the capital the story is filed from', () => {
  it('en: "MADRID, May 4 - … the Ministry of Digital Transformation"', () => {
    const rels = relations('Spain curbs apps on official phones\n\nMADRID, May 4 - Spain will bar the app from official phones, the Ministry of Digital Transformation said on Thursday.');
    expect(rels).toContain('Ministry of Digital Transformation -PART_OF-> Spain');
  });
  it('da: "STOCKHOLM - … Ministeriet for Civilt Forsvar", "Helsinki, tirsdag"', () => {
    const a = relations('Sverige strammer reglerne\n\nSTOCKHOLM - Sverige vil forbyde appen på statens telefoner, oplyser Ministeriet for Civilt Forsvar.');
    expect(a).toContain('Ministeriet for Civilt Forsvar -PART_OF-> Sweden');
    const b = relations('Finland strammer reglerne\n\nHelsinki, tirsdag\n\nFinland vil forbyde appen på statens telefoner, oplyser Ministeriet for Transport og Kommunikation.');
    expect(b).toContain('Ministeriet for Transport og Kommunikation -PART_OF-> Finland');
  });
  it('not without a dateline, not a body the gazetteer knows, not a party', () => {
    const a = relations('Spain curbs apps on official phones\n\nSpain will bar the app from official phones, the Ministry of Digital Transformation said on Thursday.');
    expect(a).not.toContain('Ministry of Digital Transformation -PART_OF-> Spain');
    const b = relations('EU fines the firm\n\nMADRID, May 4 - Spain welcomed the fine that the European Commission imposed on Thursday.');
    expect(b).not.toContain('European Commission -PART_OF-> Spain');
    const c = relations('Spain curbs apps\n\nMADRID, May 4 - Spain will bar the app, and the Freedom Party said it would go to court.');
    expect(c.filter((r) => r.includes('Party -PART_OF-> Spain'))).toEqual([]);
  });
  it('not a place in capitals that is not the story\'s dateline: a sentence that opens on a state later on', () => {
    const rels = relations('Apps under review\n\nThe Ministry of Digital Transformation said on Thursday it would review the app. Spain, like others, has acted before.');
    expect(rels).not.toContain('Ministry of Digital Transformation -PART_OF-> Spain');
  });
});

describe('taking control of a firm is acquiring it', () => {
  it('en: "took control of", "gained control of"', () => {
    expect(relations('Microsoft took control of Activision Blizzard in October after a long review.')).toContain('Microsoft -ACQUIRES-> Activision Blizzard');
    expect(relations('Regulators feared what would happen if Broadcom gained control of Qualcomm.')).toContain('Broadcom -ACQUIRES-> Qualcomm');
  });
  it('da: "overtog kontrollen med", "fik kontrol over"', () => {
    expect(relations('Den kinesiske koncern Geely overtog kontrollen med Volvo Cars i 2010.')).toContain('Geely -ACQUIRES-> Volvo Cars');
    expect(relations('Det svenske selskab Telia fik kontrol over Get i 2018, efter at konkurrencemyndigheden havde godkendt handlen.')).toContain('Telia -ACQUIRES-> Get');
  });
  it('not control of a place or of data: "the rebels took control of Goma", "Telia fik kontrol over udgifterne"', () => {
    expect(relations('Telia said the rebels took control of Goma on Monday.').filter((r) => r.includes('ACQUIRES'))).toEqual([]);
    expect(relations('Telia fik kontrol over udgifterne i Sverige sidste år.').filter((r) => r.includes('ACQUIRES'))).toEqual([]);
  });
});

describe('a firm\'s registered seat: "incorporated in", "domiciled in", "har hjemsted i"', () => {
  it('en: "X, which is incorporated in Delaware", "domiciled in Sweden"', () => {
    expect(relations('Lattice Semiconductor, which is incorporated in Delaware, said on Monday it had agreed to the deal.')).toContain('Lattice Semiconductor -BASED_IN-> Delaware');
    expect(relations('Telia, domiciled in Sweden, reported higher sales on Tuesday.')).toContain('Telia -BASED_IN-> Sweden');
  });
  it('da: "X, der har hjemsted i Sverige", "med hjemsted i Sverige"', () => {
    expect(relations('Telia, der har hjemsted i Sverige, sælger butikkerne.')).toContain('Telia -BASED_IN-> Sweden');
    expect(relations('Telia, med hjemsted i Sverige, øgede salget i fjor.')).toContain('Telia -BASED_IN-> Sweden');
  });
  it('not a firm selling in a place: "Telia sells subscriptions in Sweden"', () => {
    expect(relations('Telia sells subscriptions in Sweden and Finland.')).not.toContain('Telia -BASED_IN-> Sweden');
  });
});

describe('a list of firms with their seats, some items giving the seat with "in"/"i" alone', () => {
  it('en: "Borvex S.A., based in Spain; Merlin Holdings in Cyprus; and Tavor Limited in Malta"', () => {
    const rels = relations('Three firms were also sanctioned: Borvex S.A., based in Spain; Merlin Holdings in Cyprus; and Tavor Limited in Malta.');
    expect(rels).toContain('Borvex S.A. -BASED_IN-> Spain');
    expect(rels).toContain('Merlin Holdings -BASED_IN-> Cyprus');
    expect(rels).toContain('Tavor Limited -BASED_IN-> Malta');
  });
  it('da: "Borvex S.A., med hovedsæde i Spanien; Merlin Holdings i Cypern; og Tavor Holding i Malta"', () => {
    const rels = relations('Tre selskaber blev også sanktioneret: Borvex S.A., med hovedsæde i Spanien; Merlin Holdings i Cypern; og Tavor Holding i Malta.');
    expect(rels).toContain('Merlin Holdings -BASED_IN-> Cyprus');
    expect(rels).toContain('Tavor Holding -BASED_IN-> Malta');
  });
  it('not a list without any seat given: "Merlin Holdings in Cyprus" among sales figures', () => {
    const rels = relations('Sales fell in two markets: Merlin Holdings in Cyprus; and Tavor Limited in Malta.');
    expect(rels).not.toContain('Merlin Holdings -BASED_IN-> Cyprus');
    expect(rels).not.toContain('Tavor Limited -BASED_IN-> Malta');
  });
});

describe('a firm that replaces or removes a vendor\'s goods has been its customer', () => {
  it('en: "will have to replace Huawei equipment", "is ripping out ZTE gear"', () => {
    expect(relations('BT will have to replace Huawei equipment in its core network by 2027.')).toContain('Huawei -SUPPLIES-> BT Group');
    expect(relations('Telenor is ripping out ZTE gear from its older masts.')).toContain('ZTE -SUPPLIES-> Telenor');
  });
  it('da: "skal udskifte Huawei-udstyr", "fjerner udstyr fra Huawei"', () => {
    expect(relations('BT skal udskifte Huawei-udstyr i kernenettet inden 2027.')).toContain('Huawei -SUPPLIES-> BT Group');
    expect(relations('Telenor fjerner udstyr fra Huawei fra de ældste master.')).toContain('Huawei -SUPPLIES-> Telenor');
  });
  it('not an app removed from a store, nor a firm replacing its chief', () => {
    expect(relations('Apple removed TikTok from its App Store on Friday.')).not.toContain('TikTok -SUPPLIES-> Apple');
    expect(relations('Telenor fjerner TikTok fra medarbejdernes telefoner.')).not.toContain('TikTok -SUPPLIES-> Telenor');
  });
});

describe('what belongs to a firm is owned by it: "belongs to", "tilhører"', () => {
  it('en: "WeChat, the messaging app, belongs to Tencent"', () => {
    expect(relations('WeChat, the messaging app used by a billion people, belongs to Tencent.')).toContain('Tencent -OWNS-> WeChat');
    expect(relations('Since October, Activision Blizzard belongs to Microsoft.')).toContain('Microsoft -OWNS-> Activision Blizzard');
  });
  it('da: "WeChat tilhører Tencent", "Instagram, der tilhører Meta,"', () => {
    expect(relations('WeChat tilhører Tencent og bruges af over en milliard mennesker.')).toContain('Tencent -OWNS-> WeChat');
    expect(relations('Instagram, der tilhører Meta, blev bødestraffet i Irland.')).toContain('Meta -OWNS-> Instagram');
  });
  it('not a name further back: "the patent, which Samsung disputes, belongs to Apple"', () => {
    expect(relations('Apple said the patent, which Samsung disputes, belongs to Apple.')).not.toContain('Apple -OWNS-> Samsung');
    expect(relations('Ifølge Samsung tilhører patentet Apple.')).not.toContain('Apple -OWNS-> Samsung');
  });
});

describe('the firm a relative "whose"/"hvis" hangs on supplies the user its clause names', () => {
  it('en: "Qualcomm, whose chips Xiaomi uses"', () => {
    expect(relations('Investors worry about Qualcomm, whose chips Xiaomi uses in most of its phones.')).toContain('Qualcomm -SUPPLIES-> Xiaomi');
  });
  it('da: "Amazon og Google, hvis cloudtjenester Telegram har brugt"', () => {
    const rels = relations('Myndigheden spærrede adresser hos Amazon og Google, hvis cloudtjenester Telegram har brugt i flere år.');
    expect(rels).toContain('Amazon -SUPPLIES-> Telegram');
    expect(rels).toContain('Google -SUPPLIES-> Telegram');
  });
  it('not a person in the clause, nor a clause with no verb of using', () => {
    expect(relations('Telia, whose chief executive Allison Kirkby uses the app daily, declined to comment.').filter((r) => r.includes('SUPPLIES'))).toEqual([]);
    expect(relations('Nokia, hvis aktier Ericsson har solgt, faldt i kurs.').filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
});

describe('a firm "among the companies that" use a vendor\'s goods is its customer', () => {
  it('en: "X and Y are among the companies that have bought from Huawei", "one of the operators that use Ericsson gear"', () => {
    const rels = relations('Bharti Airtel and Vodafone Idea are among the companies that have bought from Huawei, analysts said.');
    expect(rels).toContain('Huawei -SUPPLIES-> Bharti Airtel');
    expect(rels).toContain('Huawei -SUPPLIES-> Vodafone Idea');
    expect(relations('Telia is one of the operators that use Ericsson gear in their networks.')).toContain('Ericsson -SUPPLIES-> Telia');
  });
  it('da: "TDC er et af de selskaber, der bruger udstyr fra Nokia", "blandt de operatører, som har købt hos Huawei"', () => {
    expect(relations('TDC er et af de selskaber, der bruger udstyr fra Nokia i mobilnettet.')).toContain('Nokia -SUPPLIES-> TDC');
    expect(relations('Telia og Telenor er blandt de operatører, som har købt hos Huawei.')).toContain('Huawei -SUPPLIES-> Telenor');
  });
  it('not the critic of such firms: "Telia has long criticised the operators that use Huawei gear"', () => {
    expect(relations('Telia has long criticised the rival operators that use Huawei gear.')).not.toContain('Huawei -SUPPLIES-> Telia');
    expect(relations('Telia kritiserer de operatører, der bruger udstyr fra Huawei.')).not.toContain('Huawei -SUPPLIES-> Telia');
  });
});

describe('goods made, run or supplied by a firm are its supply to the firm using them', () => {
  it('en: "TikTok is moving the data to servers run by Oracle", "chips made by the Taiwanese company TSMC"', () => {
    expect(relations('TikTok is moving the data of its users to servers run by Oracle.')).toContain('Oracle -SUPPLIES-> TikTok');
    expect(relations('Apple uses chips made by the Taiwanese company TSMC in every phone.')).toContain('TSMC -SUPPLIES-> Apple');
  });
  it('da: "TDC bruger antenner leveret af Huawei", "chips produceret af det taiwanske selskab TSMC"', () => {
    expect(relations('TDC bruger i dag master og antenner leveret af Huawei.')).toContain('Huawei -SUPPLIES-> TDC');
    expect(relations('Apple bruger chips produceret af det taiwanske selskab TSMC.')).toContain('TSMC -SUPPLIES-> Apple');
  });
  it('not a state banning the goods: "Lithuania told officials to discard phones made by Xiaomi"', () => {
    expect(relations('Lithuania told officials to discard phones made by Xiaomi.')).not.toContain('Xiaomi -SUPPLIES-> Lithuania');
    expect(relations('Litauen beder borgerne smide telefoner lavet af Xiaomi ud.')).not.toContain('Xiaomi -SUPPLIES-> Lithuania');
  });
});

describe('a firm among another\'s customers, the genitive written with an apostrophe apart from the name', () => {
  it('da: "Soitec er blandt LPE\'s kunder", "Nokia er blandt Ericssons kunder"', () => {
    expect(relations('Ifølge Bloomberg er den franske chipproducent STMicroelectronics blandt LPE\'s kunder.')).toContain('LPE -SUPPLIES-> STMicroelectronics');
    expect(relations('Ifølge Bloomberg er Nokia blandt Ericssons kunder.')).toContain('Ericsson -SUPPLIES-> Nokia');
  });
  it('en: "Nokia is among Ericsson\'s biggest customers"', () => {
    expect(relations('According to Bloomberg, Nokia is among Ericsson\'s biggest customers.')).toContain('Ericsson -SUPPLIES-> Nokia');
  });
  it('not among a firm\'s rivals: "Nokia er blandt LPE\'s konkurrenter"', () => {
    expect(relations('Ifølge Bloomberg er Nokia blandt LPE\'s konkurrenter.').filter((r) => r.includes('SUPPLIES'))).toEqual([]);
    expect(relations('According to Bloomberg, Nokia is among Ericsson\'s rivals.').filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });
});
