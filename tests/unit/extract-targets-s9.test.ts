// Session 9 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a list after a colon names the firms put on the list, a genitive state owning the first one', () => {
  it('en: "placed two firms on the Entity List: Russia\'s A and B"', () => {
    const rels = relations('The Commerce Department placed two companies on the Entity List: Russia\'s Positive Technologies and Hikvision.');
    expect(rels).toContain('Commerce Department -TARGETS-> Positive Technologies');
    expect(rels).toContain('Commerce Department -TARGETS-> Hikvision');
    expect(rels).not.toContain('Commerce Department -TARGETS-> Russia');
  });
  it('da: "satte to selskaber på sin sorte liste: Ruslands A og B"', () => {
    const rels = relations('Handelsministeriet satte i går to selskaber på sin sorte liste: Ruslands Positive Technologies og Hikvision.');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Positive Technologies');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Hikvision');
    expect(rels).not.toContain('Handelsministeriet -TARGETS-> Russia');
  });
  it('not a genitive state owning nothing named: the state stays out', () => {
    const rels = relations('The Commerce Department placed two companies on the Entity List: Russia\'s largest bank and its parent.');
    expect(rels).not.toContain('Commerce Department -TARGETS-> Positive Technologies');
  });
});

describe('taking a firm to court is a measure aimed at it: "took X to court", "trak X i retten"', () => {
  it('en: "has taken A and B to court"', () => {
    const rels = relations('The Federal Trade Commission has taken Amazon and Meta to court.');
    expect(rels).toContain('Federal Trade Commission -TARGETS-> Amazon');
    expect(rels).toContain('Federal Trade Commission -TARGETS-> Meta');
  });
  it('da: "har trukket A og B i retten", "har stævnet A"', () => {
    const rels = relations('EU-Kommissionen har trukket Meta og Google i retten.');
    expect(rels).toContain('European Commission -TARGETS-> Meta');
    expect(rels).toContain('European Commission -TARGETS-> Google');
    expect(relations('Datatilsynet har stævnet Meta for brud på reglerne.')).toContain('Danish Data Protection Agency -TARGETS-> Meta');
  });
  it('not a firm taking a state to court', () => {
    expect(relations('Huawei has taken the Swedish government to court.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
    expect(relations('Huawei har trukket den svenske stat i retten.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('a law only in focus from earlier sentences is not the instrument of a lawsuit or inquiry', () => {
  it('en: the body acts, the law named before does not', () => {
    const rels = relations('The Digital Markets Act took effect in March. The European Commission has taken Apple to court.');
    expect(rels).toContain('European Commission -TARGETS-> Apple');
    expect(rels).not.toContain('Digital Markets Act -TARGETS-> Apple');
  });
  it('da: the body acts, the law named before does not', () => {
    const rels = relations('GDPR trådte i kraft i 2018. Datatilsynet har trukket Meta i retten.');
    expect(rels).toContain('Danish Data Protection Agency -TARGETS-> Meta');
    expect(rels).not.toContain('General Data Protection Regulation -TARGETS-> Meta');
  });
  it('still the law in focus for a ban', () => {
    expect(relations('The Digital Markets Act took effect in March. The European Commission has banned Apple from selling phones.')).toContain('Digital Markets Act -TARGETS-> Apple');
  });
});

describe('a state\'s own firms held back from a sale are not what a measure is aimed at', () => {
  it('en: "the Entity List, which bars American companies from selling technology to them"', () => {
    const rels = relations('The Commerce Department added Huawei to the Entity List, which bars American companies from selling technology to them without a licence.');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
    expect(rels).not.toContain('Entity List -TARGETS-> United States');
  });
  it('da: "listen, som forbyder amerikanske virksomheder at sælge teknologi til dem"', () => {
    const rels = relations('Handelsministeriet satte Huawei på Entity List, som forbyder amerikanske virksomheder at sælge teknologi til dem.');
    expect(rels).toContain('Entity List -TARGETS-> Huawei');
    expect(rels).not.toContain('Entity List -TARGETS-> United States');
  });
  it('still the buyer named after the sale', () => {
    expect(relations('The United States barred American companies from selling chips to Huawei.')).toContain('United States -TARGETS-> Huawei');
    expect(relations('USA forbød amerikanske virksomheder at sælge chips til Huawei.')).toContain('United States -TARGETS-> Huawei');
  });
});

describe('a definite noun for the deal reported before stands for it: the measure is aimed at the buyer', () => {
  it('en: "X agreed to buy Y. The FTC sued to block the purchase"', () => {
    const rels = relations('Nvidia agreed to buy Arm in 2020. In December the Federal Trade Commission sued to block the purchase.');
    expect(rels).toContain('Federal Trade Commission -TARGETS-> Nvidia');
  });
  it('da: "X har opgivet at købe Y. Kommissionen har gransket aftalen / undersøgt opkøbet"', () => {
    expect(relations('Amazon har opgivet at købe iRobot. Siden har Kommissionen gransket aftalen.')).toContain('European Commission -TARGETS-> Amazon');
    expect(relations('Amazon har opgivet at købe iRobot. Federal Trade Commission har undersøgt opkøbet.')).toContain('Federal Trade Commission -TARGETS-> Amazon');
  });
  it('not a deal named in place, nor with no takeover reported', () => {
    expect(relations('Nvidia agreed to buy Arm in 2020. The Federal Trade Commission blocked the deal with Huawei.')).not.toContain('Federal Trade Commission -TARGETS-> Nvidia');
    expect(relations('Nvidia sells chips to Arm. The Federal Trade Commission blocked the deal.')).not.toContain('Federal Trade Commission -TARGETS-> Nvidia');
    expect(relations('Nvidia sælger chips til Arm. Kommissionen har gransket aftalen.')).not.toContain('European Commission -TARGETS-> Nvidia');
  });
});

describe('a law named as the basis of the measure just reported is aimed at what it hits', () => {
  it('en: "The order relies on the powers of the X Act", "it invoked …"', () => {
    const rels = relations('The United States has banned Alipay and WeChat Pay. The order relies on the powers of the International Emergency Economic Powers Act.');
    expect(rels).toContain('International Emergency Economic Powers Act -TARGETS-> Alipay');
    expect(rels).toContain('International Emergency Economic Powers Act -TARGETS-> WeChat Pay');
    expect(relations('The United States has banned Alipay. Like earlier measures, it relies on the powers of the International Emergency Economic Powers Act.'))
      .toContain('International Emergency Economic Powers Act -TARGETS-> Alipay');
  });
  it('da: "Forbuddet er udstedt i henhold til X"', () => {
    const rels = relations('Danmark har forbudt TikTok og WeChat på statens telefoner. Forbuddet er udstedt i henhold til Digital Services Act.');
    expect(rels).toContain('Digital Services Act -TARGETS-> TikTok');
    expect(rels).toContain('Digital Services Act -TARGETS-> WeChat');
  });
  it('not a law another act relies on, nor a law only mentioned', () => {
    expect(relations('The United States has banned Alipay. China\'s response relies on the Anti-Foreign Sanctions Law.')).not.toContain('Anti-Foreign Sanctions Law -TARGETS-> Alipay');
    expect(relations('The United States has banned Alipay. Congress passed the International Emergency Economic Powers Act in 1977.')).not.toContain('International Emergency Economic Powers Act -TARGETS-> Alipay');
    expect(relations('Danmark har forbudt TikTok. Kinas svar bygger på Anti-Foreign Sanctions Law.')).not.toContain('Anti-Foreign Sanctions Law -TARGETS-> TikTok');
  });
});

describe('a participle clause after a comma ends the search for the object: ", accusing it of …"', () => {
  it('en: not the state named in the accusation', () => {
    const rels = relations('In April the Treasury Department penalized the firm, accusing it of supporting Russian intelligence services.');
    expect(rels).not.toContain('Department of the Treasury -TARGETS-> Russia');
    expect(relations('The Commerce Department blocked the deal, citing concerns about Chinese control.')).not.toContain('Commerce Department -TARGETS-> China');
  });
  it('still the object before the comma, and "including" still lists members', () => {
    expect(relations('The Treasury Department sanctioned Huawei, accusing it of supporting Russian intelligence services.')).toContain('Department of the Treasury -TARGETS-> Huawei');
    expect(relations('The Commerce Department blacklisted 30 firms, including Huawei and ZTE.')).toContain('Commerce Department -TARGETS-> ZTE');
  });
});

describe('the department owning the acting office acts too: "the Commerce Department\'s Bureau of Industry and Security"', () => {
  it('en: as the subject and as the agent after "by"', () => {
    const rels = relations('The Commerce Department\'s Bureau of Industry and Security placed Huawei on the Entity List.');
    expect(rels).toContain('Bureau of Industry and Security -TARGETS-> Huawei');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
    const passive = relations('The ban on Kaspersky was issued by the Commerce Department\'s Bureau of Industry and Security.');
    expect(passive).toContain('Bureau of Industry and Security -TARGETS-> Kaspersky');
    expect(passive).toContain('Commerce Department -TARGETS-> Kaspersky');
  });
  it('da: "Det amerikanske handelsministeriums Bureau of Industry and Security har sat X på sortlisten"', () => {
    const rels = relations('Det amerikanske handelsministeriums Bureau of Industry and Security har sat Huawei på sortlisten.');
    expect(rels).toContain('Bureau of Industry and Security -TARGETS-> Huawei');
    expect(rels).toContain('Commerce Department -TARGETS-> Huawei');
  });
  it('not a department whose spokesman reports another body\'s act', () => {
    expect(relations('The Commerce Department\'s spokesman said the FCC banned Huawei.')).not.toContain('Commerce Department -TARGETS-> Huawei');
  });
});

describe('a measure owned by an office holder is their state\'s: "Trump\'s orders would have barred …"', () => {
  it('en: "Trump\'s orders … barred American companies from doing business with X"', () => {
    const rels = relations('US President Donald Trump spoke on Monday. Trump\'s orders, signed in August, would have barred American companies from doing business with ByteDance.');
    expect(rels).toContain('United States -TARGETS-> ByteDance');
  });
  it('da: "Trumps ordre forbyder X", "Trumps nye dekret forbyder virksomheder at handle med X"', () => {
    expect(relations('Den amerikanske præsident Donald Trump talte mandag. Trumps ordre forbyder TikTok.')).toContain('United States -TARGETS-> TikTok');
    expect(relations('Den amerikanske præsident Donald Trump talte mandag. Trumps nye dekret forbyder amerikanske virksomheder at handle med Huawei.')).toContain('United States -TARGETS-> Huawei');
  });
  it('not the person\'s critics, nor a person holding no office', () => {
    expect(relations('US President Donald Trump spoke on Monday. Trump\'s critics want to ban TikTok.')).not.toContain('United States -TARGETS-> TikTok');
    expect(relations('Shou Zi Chew\'s order bans ByteDance staff from using WeChat.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('a body voicing a passive measure in a speech tag threatens it: "X could be blocked, Roskomnadzor warned"', () => {
  it('en: the tag inside or closing the sentence', () => {
    expect(relations('If the company did not comply, Roskomnadzor warned, Twitter could be blocked in Russia altogether.')).toContain('Roskomnadzor -TARGETS-> Twitter');
    expect(relations('Twitter could be blocked in Russia, the Russian regulator Roskomnadzor said.')).toContain('Roskomnadzor -TARGETS-> Twitter');
  });
  it('da: ", advarer Roskomnadzor", ", siger det russiske tilsyn Roskomnadzor"', () => {
    expect(relations('Hvis selskabet ikke retter ind, kan Twitter blive blokeret i Rusland, advarer Roskomnadzor.')).toContain('Roskomnadzor -TARGETS-> Twitter');
    expect(relations('Twitter kan blive blokeret i Rusland, siger det russiske tilsyn Roskomnadzor.')).toContain('Roskomnadzor -TARGETS-> Twitter');
  });
  it('not a body in a clause of its own, nor one only reporting as the sentence subject', () => {
    expect(relations('Twitter blev blokeret i Rusland, og Roskomnadzor sagde intet.')).not.toContain('Roskomnadzor -TARGETS-> Twitter');
    expect(relations('Roskomnadzor said Twitter was blocked in Russia by a court.')).not.toContain('Roskomnadzor -TARGETS-> Twitter');
  });
});

describe('a passive measure takes the place opening the sentence as its state: "I USA fik X forbud", "In the US, X was banned"', () => {
  it('en: "In the US, X was banned from …", "In Britain, X was excluded"', () => {
    expect(relations('In the US, Kaspersky was banned from selling its software in 2024.')).toContain('United States -TARGETS-> Kaspersky');
    expect(relations('In Britain, Huawei was excluded from 5G networks.')).toContain('United Kingdom -TARGETS-> Huawei');
  });
  it('da: "I USA fik X forbud mod …", "I Kina er X blokeret"', () => {
    expect(relations('I USA fik Kaspersky forbud mod at sælge sin software i 2024.')).toContain('United States -TARGETS-> Kaspersky');
    expect(relations('I Kina er Google blokeret.')).toContain('China -TARGETS-> Google');
  });
  it('not a place further into the sentence, nor an opening phrase that is no state', () => {
    expect(relations('In a statement, Huawei said it was banned.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
    expect(relations('Huawei, which sells phones in China, was banned by the FCC.')).not.toContain('China -TARGETS-> Huawei');
  });
});

describe('advising against the use of a product: "frarådede brugen af X", "warned against the use of X"', () => {
  it('da: "BSI frarådede i marts brugen af X", "advarede mod brugen af X"', () => {
    expect(relations('BSI frarådede i marts brugen af Kaspersky.')).toContain('Federal Office for Information Security -TARGETS-> Kaspersky');
    expect(relations('Datatilsynet advarede i går mod brugen af DeepSeek.')).toContain('Danish Data Protection Agency -TARGETS-> DeepSeek');
  });
  it('en: "warned against the use of X software"', () => {
    expect(relations('Germany\'s BSI warned against the use of Kaspersky software.')).toContain('Federal Office for Information Security -TARGETS-> Kaspersky');
  });
  it('not a firm advising against another product', () => {
    expect(relations('Kaspersky frarådede brugen af Windows XP.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
    expect(relations('Microsoft warned against the use of Windows XP.').filter((r) => r.includes('-TARGETS->'))).toEqual([]);
  });
});

describe('a nationality word and a noun for a firm before a name describe the name: "det amerikanske firma X"', () => {
  it('da: "har givet det amerikanske ansigtsgenkendelsesfirma X en bøde"', () => {
    const rels = relations('Datatilsynet har givet det amerikanske ansigtsgenkendelsesfirma Clearview AI en bøde.');
    expect(rels).toContain('Danish Data Protection Agency -TARGETS-> Clearview AI');
    expect(rels).not.toContain('Danish Data Protection Agency -TARGETS-> United States');
  });
  it('en: "fined the American facial recognition firm X"', () => {
    const rels = relations('The Federal Trade Commission fined the American facial recognition firm Clearview AI.');
    expect(rels).toContain('Federal Trade Commission -TARGETS-> Clearview AI');
  });
  it('not the state when no name follows the description', () => {
    expect(relations('Datatilsynet har straffet de to kinesiske firmaer.')).not.toContain('Danish Data Protection Agency -TARGETS-> China');
    expect(relations('The Federal Trade Commission fined the two Chinese firms last year.')).not.toContain('Federal Trade Commission -TARGETS-> China');
  });
});

describe('a union or area of states is where a law holds, not what it is aimed at', () => {
  it('en: the firm, not the EU', () => {
    const rels = relations('The Digital Services Act took effect. The law restricts the European Union and TikTok.');
    expect(rels).toContain('Digital Services Act -TARGETS-> TikTok');
    expect(rels).not.toContain('Digital Services Act -TARGETS-> European Union');
  });
  it('da: the firm, not the EU', () => {
    const rels = relations('Digital Services Act begrænser EU og TikTok.');
    expect(rels).toContain('Digital Services Act -TARGETS-> TikTok');
    expect(rels).not.toContain('Digital Services Act -TARGETS-> European Union');
  });
});

describe('a definite noun for the deal as the subject of a passive measure: "The deal was blocked by X"', () => {
  it('en: "X agreed to buy Y. The deal was blocked by the FTC"', () => {
    expect(relations('Nvidia agreed to buy Arm in 2020. The deal was blocked by the Federal Trade Commission.')).toContain('Federal Trade Commission -TARGETS-> Nvidia');
  });
  it('da: "X ville købe Y. Handlen blev blokeret af Kommissionen"', () => {
    expect(relations('Amazon ville købe iRobot. Handlen blev blokeret af EU-Kommissionen.')).toContain('European Commission -TARGETS-> Amazon');
  });
  it('not a deal welcomed, nor a deal named in place', () => {
    expect(relations('Nvidia agreed to buy Arm in 2020. The deal was welcomed by the Federal Trade Commission.')).not.toContain('Federal Trade Commission -TARGETS-> Nvidia');
    expect(relations('Nvidia agreed to buy Arm in 2020. The deal with Huawei was blocked by the Federal Trade Commission.')).not.toContain('Federal Trade Commission -TARGETS-> Nvidia');
  });
});
