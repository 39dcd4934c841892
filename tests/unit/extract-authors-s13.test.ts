// Session 13 rules for who a measure comes from: each on sentences written for it, in both languages where it
// applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('the law a measure was taken under is aimed at what the measure hits', () => {
  it('en: "The ban was issued under the X Act" after the measure', () => {
    const rels = relations('Canada banned TikTok on government phones on Monday. The ban was issued under the Investment Canada Act.');
    expect(rels).toContain('Canada -TARGETS-> TikTok');
    expect(rels).toContain('Investment Canada Act -TARGETS-> TikTok');
  });
  it('en: every law of a list, with "handed down"', () => {
    const rels = relations('China fined Alibaba on Friday. The penalty was handed down under the Data Security Law and the Cybersecurity Law.');
    expect(rels).toContain('Data Security Law -TARGETS-> Alibaba');
    expect(rels).toContain('Cybersecurity Law -TARGETS-> Alibaba');
  });
  it('da: "Afgørelsen er truffet efter paragraf N i X", over the reasons given between', () => {
    const rels = relations('Canada forbyder TikTok på statens telefoner. Regeringen begrunder forbuddet med hensynet til sikkerheden. Afgørelsen er truffet efter paragraf 25 i Investment Canada Act.');
    expect(rels).toContain('Canada -TARGETS-> TikTok');
    expect(rels).toContain('Investment Canada Act -TARGETS-> TikTok');
  });
  it('not when the law follows no measure noun taken under it', () => {
    const en = relations('Canada banned TikTok on government phones on Monday. TikTok was founded long before the Investment Canada Act.');
    expect(en).not.toContain('Investment Canada Act -TARGETS-> TikTok');
    const da = relations('Canada forbyder TikTok på statens telefoner. Selskabet har klaget efter Investment Canada Act.');
    expect(da).not.toContain('Investment Canada Act -TARGETS-> TikTok');
  });
  it('not a name of another kind between the preposition and the law', () => {
    const rels = relations('Canada banned TikTok on government phones on Monday. The ban was issued under pressure from Huawei, months after the Investment Canada Act.');
    expect(rels).not.toContain('Investment Canada Act -TARGETS-> TikTok');
  });
});

describe('a body of the state of the dateline carries out the state\'s measure', () => {
  it('da: a ministry the gazetteer does not know, in a story from the capital, that names the target', () => {
    const rels = relations('Taiwan forbyder app\n\nTaipei, mandag\n\nTaiwan forbyder DeepSeek på statens computere. Ifølge Ministeriet for Digitale Sager udgør DeepSeek en risiko.');
    expect(rels).toContain('Taiwan -TARGETS-> DeepSeek');
    expect(rels).toContain('Ministeriet for Digitale Sager -TARGETS-> DeepSeek');
  });
  it('en: the same in English', () => {
    const rels = relations('Taiwan bans app\n\nTAIPEI, March 3 - Taiwan banned DeepSeek on government computers on Monday. The Office of Digital Resilience said DeepSeek posed a risk to national security.');
    expect(rels).toContain('Taiwan -TARGETS-> DeepSeek');
    expect(rels).toContain('Office of Digital Resilience -TARGETS-> DeepSeek');
  });
  it('not a body of another state than the dateline\'s', () => {
    const rels = relations('Taiwan forbyder app\n\nTaipei, mandag\n\nJapan forbyder DeepSeek på statens computere. Ifølge Ministeriet for Digitale Sager udgør DeepSeek en risiko.');
    expect(rels).not.toContain('Ministeriet for Digitale Sager -TARGETS-> DeepSeek');
  });
});

describe('"Det har X meddelt" says who reported the measure before, as "Det meddelte X" does', () => {
  it('da: the perfect with the body between the auxiliary and the participle', () => {
    const rels = relations('Danmark forbyder TikTok på statens telefoner. Det har Erhvervsstyrelsen meddelt tirsdag.');
    expect(rels).toContain('Denmark -TARGETS-> TikTok');
    expect(rels).toContain('Danish Business Authority -TARGETS-> TikTok');
  });
  it('not with a participle that reports nothing', () => {
    const rels = relations('Danmark forbyder TikTok på statens telefoner. Det har Erhvervsstyrelsen længe kritiseret.');
    expect(rels).not.toContain('Danish Business Authority -TARGETS-> TikTok');
  });
});

describe('a body that took "the ban" in active voice is the author of the measure just reported', () => {
  it('en: "X ordered the ban"', () => {
    const rels = relations('Kenya banned TikTok on Wednesday. The Ministry of Interior and National Administration ordered the ban last week.');
    expect(rels).toContain('Ministry of Interior and National Administration -TARGETS-> TikTok');
  });
  it('da: "X har udstedt forbuddet"', () => {
    const rels = relations('Danmark forbyder TikTok på statens telefoner. Digitaliseringsstyrelsen har udstedt forbuddet.');
    expect(rels).toContain('Danish Agency for Digital Government -TARGETS-> TikTok');
  });
  it('not when the sentence names a firm of its own, nor with an indefinite noun', () => {
    const own = relations('Kenya banned TikTok on Wednesday. The Ministry of Interior and National Administration ordered the ban of Huawei.');
    expect(own).not.toContain('Ministry of Interior and National Administration -TARGETS-> TikTok');
    const other = relations('Kenya banned TikTok on Wednesday. The Ministry of Interior and National Administration ordered a review of its rules.');
    expect(other).not.toContain('Ministry of Interior and National Administration -TARGETS-> TikTok');
  });
});

describe('the body whose order a measure followed takes part in it, as one that recommended it does', () => {
  it('en: "followed an order from X"', () => {
    const rels = relations('China blocked WhatsApp on Friday. The move followed an order from the Cyberspace Administration of China.');
    expect(rels).toContain('Cyberspace Administration of China -TARGETS-> WhatsApp');
  });
  it('da: "efter en ordre fra landets internetmyndighed, X"', () => {
    const rels = relations('Kina har spærret for WhatsApp. Det skete efter en ordre fra landets internetmyndighed, Cyberspace Administration of China.');
    expect(rels).toContain('Cyberspace Administration of China -TARGETS-> WhatsApp');
  });
  it('not an order from a firm', () => {
    const rels = relations('Kina har spærret for WhatsApp. Det skete efter en ordre fra Huawei.');
    expect(rels).not.toContain('Huawei -TARGETS-> WhatsApp');
  });
});

describe('the body in the speech tag of a passive measure with no agent is its agent', () => {
  it('en: "AT&T was fined …, the agency said"', () => {
    const rels = relations('The Federal Communications Commission ruled on Monday. AT&T was fined about $57 million, the agency said.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> AT&T');
  });
  it('da: "Telegram blev blokeret i går, oplyser Roskomnadzor"', () => {
    const rels = relations('Telegram blev blokeret i går, oplyser Roskomnadzor.');
    expect(rels).toContain('Roskomnadzor -TARGETS-> Telegram');
  });
  it('not a firm in the speech tag', () => {
    const rels = relations('AT&T was fined about $57 million, Verizon said.');
    expect(rels).not.toContain('Verizon -TARGETS-> AT&T');
  });
});

describe('"the decision" refers back over a sentence or two on how the measure works', () => {
  it('da: the author named three sentences after the measure', () => {
    const rels = relations('Canada forbyder WeChat på statens telefoner. Appen bliver fjernet fra enhederne fra i dag. Medarbejderne kan heller ikke hente den. Beslutningen blev offentliggjort af Treasury Board of Canada Secretariat.');
    expect(rels).toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
  it('en: the same in English', () => {
    const rels = relations('Canada banned WeChat on government phones. The app will be removed from devices from today. Staff will not be able to download it either. The decision was announced by the Treasury Board of Canada Secretariat.');
    expect(rels).toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
  it('not a measure reported four sentences before', () => {
    const rels = relations('Canada banned WeChat on government phones. The app will be removed from devices from today. Staff will not be able to download it either. Officials gave no date for a review. The decision was announced by the Treasury Board of Canada Secretariat.');
    expect(rels).not.toContain('Treasury Board of Canada Secretariat -TARGETS-> WeChat');
  });
});
