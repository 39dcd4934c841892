// Session 15 rules on what a measure in one sentence is aimed at: each on sentences written for it, in both languages
// where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"to"/"til" after a noun of access governs what the measure is aimed at, not a place', () => {
  it('en: "blocked access to" a list of names', () => {
    const rels = relations('Russia blocked access to Facebook and Instagram on Friday.');
    expect(rels).toContain('Russia -TARGETS-> Facebook');
    expect(rels).toContain('Russia -TARGETS-> Instagram');
  });
  it('en: "restricted access to" one name', () => {
    expect(relations('Russia restricted access to Twitter on Friday, citing a court order.')).toContain('Russia -TARGETS-> Twitter');
  });
  it('en: "access to the app" stands for the app named before', () => {
    expect(relations('DeepSeek is a Chinese chatbot that has become popular in weeks. Italy blocked access to the app on Thursday.')).toContain('Italy -TARGETS-> DeepSeek');
  });
  it('da: "har spærret for adgangen til" a list of names', () => {
    const rels = relations('Rusland har spærret for adgangen til Facebook og Instagram i hele landet.');
    expect(rels).toContain('Russia -TARGETS-> Facebook');
    expect(rels).toContain('Russia -TARGETS-> Instagram');
  });
  it('da: "har blokeret adgangen til tjenesten" stands for the service named before', () => {
    expect(relations('DeepSeek er en kinesisk chatbot, som er blevet populær på få uger. Italien har blokeret adgangen til tjenesten i landet.')).toContain('Italy -TARGETS-> DeepSeek');
  });
  it('must not fire: a state named after "to" with no noun of access is still a place', () => {
    expect(relations('Russia blocked Facebook on its way to Instagram.')).not.toContain('Russia -TARGETS-> Instagram');
    expect(relations('Rusland har blokeret Facebook på vej til Instagram.')).not.toContain('Russia -TARGETS-> Instagram');
  });
  it('must not fire: access granted is no measure', () => {
    expect(relations('Russia gave Facebook access to Instagram on Friday.').some((r) => /-TARGETS->/.test(r))).toBe(false);
    expect(relations('Rusland gav Facebook adgang til Instagram i fredags.').some((r) => /-TARGETS->/.test(r))).toBe(false);
  });
});

describe('the law a firm broke is found over an owner\'s genitive or a description it stands in apposition to', () => {
  it('en: "breached the EU\'s General Data Protection Regulation"', () => {
    expect(relations('The regulator found that Meta had breached the EU\'s General Data Protection Regulation.')).toContain('General Data Protection Regulation -TARGETS-> Meta');
  });
  it('en: "violated the country\'s Competition Act"', () => {
    expect(relations('The court found that Google had violated the country\'s Competition Act.')).toContain('Competition Act -TARGETS-> Google');
  });
  it('da: "overtrådt EU\'s databeskyttelsesforordning, GDPR"', () => {
    expect(relations('Tilsynet konkluderer, at Meta dermed har overtrådt EU\'s databeskyttelsesforordning, GDPR.')).toContain('General Data Protection Regulation -TARGETS-> Meta');
  });
  it('must not fire: a law named in a later clause is not the one broken', () => {
    expect(relations('The regulator found that Meta had breached its own privacy policy, and the newspaper said the General Data Protection Regulation was not at issue.')).not.toContain('General Data Protection Regulation -TARGETS-> Meta');
    expect(relations('Tilsynet fandt, at Meta havde overtrådt sine egne regler, og avisen skrev samtidig om GDPR.')).not.toContain('General Data Protection Regulation -TARGETS-> Meta');
  });
});

describe('a measure like one told a few sentences back is aimed at that measure\'s main target', () => {
  const en = 'Virginia banned TikTok and WeChat on state devices on Friday. The order covers phones, tablets and laptops. State employees may not install the apps. The company has called such rules misguided.';
  it('en: "follows similar steps by Texas Governor X" four sentences after the measure', () => {
    const rels = relations(`${en} The governor's move follows similar steps by Texas Governor Greg Abbott.`);
    expect(rels).toContain('Texas -TARGETS-> TikTok');
    expect(rels).not.toContain('Texas -TARGETS-> WeChat');
  });
  it('da: "har siden indført et tilsvarende forbud" four sentences after the measure', () => {
    const rels = relations('Danmark har forbudt TikTok og WeChat på statens telefoner. Forbuddet gælder fra i dag. Ansatte må ikke installere apperne. Selskabet kalder reglerne misforståede. Norge har siden indført et tilsvarende forbud.');
    expect(rels).toContain('Norway -TARGETS-> TikTok');
    expect(rels).not.toContain('Norway -TARGETS-> WeChat');
  });
  it('must not fire: a measure told six sentences back is too far', () => {
    const far = 'Virginia banned TikTok on state devices on Friday. The order covers phones, tablets and laptops. State employees may not install the apps. The rules take effect at once. Officials will check devices each month. Agencies must report each case. The governor\'s move follows similar steps by Texas Governor Greg Abbott.';
    expect(relations(far)).not.toContain('Texas -TARGETS-> TikTok');
  });
});

describe('Danish verb-second order: the owner of the acting body inside the phrase is no target, the object after it is', () => {
  it('da: "gav Italiens konkurrencemyndighed AGCM desuden WhatsApp en bøde"', () => {
    const rels = relations('I sidste uge gav Italiens konkurrencemyndighed AGCM desuden WhatsApp en bøde på 3 millioner euro.');
    expect(rels).toContain('Italian Competition Authority -TARGETS-> WhatsApp');
    expect(rels).not.toContain('Italian Competition Authority -TARGETS-> Italy');
  });
  it('da: "gav Frankrigs datatilsyn CNIL Google en bøde"', () => {
    expect(relations('I går gav Frankrigs datatilsyn CNIL Google en bøde på 150 millioner euro.')).toContain('CNIL -TARGETS-> Google');
  });
  it('must not fire: a genitive that owns no acting body still gives the firm it owns, not itself', () => {
    const rels = relations('I går gav Kommissionen Metas tjeneste WhatsApp en bøde på 3 millioner euro.');
    expect(rels).toContain('European Commission -TARGETS-> WhatsApp');
    expect(rels).not.toContain('European Commission -TARGETS-> Meta');
  });
});

describe('a body that has found (Danish perfect) that a firm broke a law takes part in the measure', () => {
  it('da: "har fastslået, at Nvidia har overtrådt antimonopolloven"', () => {
    expect(relations('State Administration for Market Regulation har fastslået, at Nvidia har overtrådt antimonopolloven.')).toContain('State Administration for Market Regulation -TARGETS-> Nvidia');
  });
  it('da: "har vurderet, at"', () => {
    expect(relations('Datatilsynet har vurderet, at Google har overtrådt databeskyttelsesforordningen.')).toContain('Danish Data Protection Agency -TARGETS-> Google');
  });
  it('en: the simple past as before', () => {
    expect(relations('The State Administration for Market Regulation found that Nvidia had violated the Anti-Monopoly Law.')).toContain('State Administration for Market Regulation -TARGETS-> Nvidia');
  });
  it('must not fire: a body that denies the breach', () => {
    expect(relations('State Administration for Market Regulation har afvist, at Nvidia har overtrådt antimonopolloven.')).not.toContain('State Administration for Market Regulation -TARGETS-> Nvidia');
  });
});

describe('Danish "gennemgang" (review), also at the end of a compound, is an inquiry as English "review" is', () => {
  it('da: "har indledt en gennemgang af TikTok"', () => {
    expect(relations('EU-Kommissionen har indledt en gennemgang af TikTok.')).toContain('European Commission -TARGETS-> TikTok');
  });
  it('da: "satte en sikkerhedsgennemgang i gang af Didi"', () => {
    expect(relations('Cyberspace Administration of China satte i fredags en sikkerhedsgennemgang i gang af Didi Global.')).toContain('Cyberspace Administration of China -TARGETS-> Didi Chuxing');
  });
  it('must not fire: a firm reviewing its own rules', () => {
    expect(relations('TikTok har indledt en gennemgang af sine egne regler for børn.').some((r) => /-TARGETS->/.test(r))).toBe(false);
  });
});

describe('"sætter X under lup", "under skærpet opsyn", "puts X under scrutiny": X is under inquiry', () => {
  it('da: "har sat Amazon under skærpet opsyn"', () => {
    expect(relations('Bundeskartellamt har sat Amazon under skærpet opsyn.')).toContain('Federal Cartel Office -TARGETS-> Amazon');
  });
  it('da: "sætter Alibaba under lup"', () => {
    expect(relations('Kina sætter nu Alibaba under lup efter en række opkøb.')).toContain('China -TARGETS-> Alibaba');
  });
  it('en: "placed Amazon under special supervision"', () => {
    expect(relations('The Federal Cartel Office placed Amazon under special supervision.')).toContain('Federal Cartel Office -TARGETS-> Amazon');
  });
  it('must not fire: a firm putting its own matters under scrutiny', () => {
    expect(relations('Amazon har sat sine egne priser under lup.').some((r) => /-TARGETS->/.test(r))).toBe(false);
    expect(relations('Amazon put its own prices under scrutiny.').some((r) => /-TARGETS->/.test(r))).toBe(false);
  });
});
