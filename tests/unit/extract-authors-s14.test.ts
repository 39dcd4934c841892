// Session 14 rules on who a measure comes from: each on sentences written for it, in both languages
// where it applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a noun for a body that carries out measures does not refer back to a court, legislature or security service', () => {
  it('da: "myndigheden" after a court is the regulator named before the court', () => {
    const rels = relations('Roskomnadzor har krævet, at Telegram udleverer sine nøgler. Taganskij-domstolen i Moskva gav i dag myndigheden medhold. Nu har myndigheden spærret adresser hos Amazon.');
    expect(rels).toContain('Roskomnadzor -TARGETS-> Amazon');
    expect(rels).not.toContain('Tagansky District Court -TARGETS-> Amazon');
  });
  it('en: "the regulator" after a court is the regulator named before the court', () => {
    const rels = relations('Roskomnadzor demanded that Telegram hand over its keys. On Friday the Tagansky District Court sided with the regulator. The regulator has since blocked addresses at Amazon.');
    expect(rels).toContain('Roskomnadzor -TARGETS-> Amazon');
    expect(rels).not.toContain('Tagansky District Court -TARGETS-> Amazon');
  });
  it('en: "the regulator" after a security service is the regulator named before it', () => {
    const rels = relations('Roskomnadzor demanded that Telegram hand over its keys. The Federal Security Service backs the demand. The regulator has since blocked addresses at Amazon.');
    expect(rels).toContain('Roskomnadzor -TARGETS-> Amazon');
    expect(rels).not.toContain('Federal Security Service -TARGETS-> Amazon');
  });
  it('must not fire: with only a court in view, the noun refers to nothing', () => {
    expect(relations('The Tagansky District Court ruled against Telegram on Friday. The regulator has since blocked addresses at Amazon.')).not.toContain('Tagansky District Court -TARGETS-> Amazon');
    expect(relations('Taganskij-domstolen dømte i fredags Telegram. Siden har myndigheden spærret adresser hos Amazon.')).not.toContain('Tagansky District Court -TARGETS-> Amazon');
  });
  it('a committee whose own name holds the noun is still what the noun refers to', () => {
    const rels = relations('The Federal Communications Commission opened a review. The Senate Commerce Committee held a hearing on Tuesday. The committee voted to ban TikTok.');
    expect(rels).toContain('Senate Commerce Committee -TARGETS-> TikTok');
  });
});

describe('the body that recommended a measure in a that-clause takes part in it', () => {
  it('en: "had recommended that the commission act against" the measure just reported', () => {
    const rels = relations('The Federal Communications Commission revoked the license of China Telecom Americas on Tuesday. The Justice Department had recommended that the commission act against the carrier.');
    expect(rels).toContain('Department of Justice -TARGETS-> China Telecom Americas');
  });
  it('da: "anbefalede, at" after the measure', () => {
    const rels = relations('Norge har forbudt TikTok på statens telefoner. Forbuddet kommer få dage efter, at Justitsministeriet anbefalede, at appen ikke installeres på tjenestetelefoner.');
    expect(rels.some((r) => /Ministry of Justice -TARGETS-> TikTok/.test(r))).toBe(true);
  });
  it('da: the subject after the verb, a group led by the body ("anbefalede en gruppe af ministerier under ledelse af justitsministeriet, at")', () => {
    const rels = relations("Federal Communications Commission har tilbagekaldt China Telecom Americas' tilladelse. I april anbefalede en gruppe af ministerier under ledelse af justitsministeriet, at licensen blev taget fra selskabet.");
    expect(rels).toContain('Department of Justice -TARGETS-> China Telecom Americas');
  });
  it('must not fire: recommending a thing, with no clause stating a measure', () => {
    expect(relations('The Federal Communications Commission revoked the license of China Telecom Americas on Tuesday. The Justice Department had recommended the plan.')).not.toContain('Department of Justice -TARGETS-> China Telecom Americas');
    expect(relations("Federal Communications Commission har tilbagekaldt China Telecom Americas' tilladelse. Justitsministeriet anbefalede planen.").some((r) => /Justice -TARGETS->/.test(r))).toBe(false);
  });
});

describe('a body opening an inquiry that names no firm looks into the measure just reported', () => {
  it('en: two bodies in one sentence, over "its own in-depth"', () => {
    const rels = relations("The U.S. Federal Trade Commission sued to block Nvidia's purchase of Arm in December. Britain's Competition and Markets Authority opened an in-depth investigation on competition grounds, and the European Commission had begun its own in-depth probe.");
    expect(rels).toContain('Competition and Markets Authority -TARGETS-> Nvidia');
    expect(rels).toContain('European Commission -TARGETS-> Nvidia');
  });
  it('da: "har indledt sin egen undersøgelse"', () => {
    const rels = relations('Den amerikanske konkurrencemyndighed Federal Trade Commission har anlagt sag mod Microsoft for at forhindre opkøbet af Activision Blizzard. Samtidig har EU-Kommissionen indledt sin egen undersøgelse.');
    expect(rels).toContain('European Commission -TARGETS-> Microsoft');
  });
  it('must not fire: with no measure reported before, an inquiry aims at nothing', () => {
    expect(relations("Britain's Competition and Markets Authority opened an in-depth investigation on competition grounds.").some((r) => r.includes('-TARGETS->'))).toBe(false);
    expect(relations('Microsoft købte Activision Blizzard i 2023. EU-Kommissionen har indledt en undersøgelse af markedet.').some((r) => r.includes('-TARGETS->'))).toBe(false);
  });
});

describe('an inquiry into a thing it names is no part in the measure just reported', () => {
  it('en and da: "a review of", "en undersøgelse af"', () => {
    expect(relations('Kenya banned TikTok on Wednesday. The European Commission opened a review of its own rules.')).not.toContain('European Commission -TARGETS-> TikTok');
    expect(relations('Kenya forbød TikTok i onsdags. EU-Kommissionen har indledt en undersøgelse af markedet.')).not.toContain('European Commission -TARGETS-> TikTok');
  });
});

describe('"it" in a clause joined to one about a measure continues the measure, not the body named before', () => {
  it('en: "The action comes …, and it adds to a string of measures against … Huawei"', () => {
    const rels = relations("China's Ministry of Commerce criticised the decision. The action comes weeks before the election, and it adds to a string of measures against Chinese companies, including Huawei.");
    expect(rels).not.toContain('Chinese Ministry of Commerce -TARGETS-> Huawei');
  });
  it('still the body when the sentence opens on the body', () => {
    const rels = relations("China's Ministry of Commerce criticised the decision on Friday. The ministry met on Monday, and it banned Huawei from its networks.");
    expect(rels).toContain('Chinese Ministry of Commerce -TARGETS-> Huawei');
  });
});

describe('the body whose inquiry a measure followed takes part in it', () => {
  it('en: "That demand followed a long review by the Committee …"', () => {
    const rels = relations('The Commerce Department ordered ByteDance to sell TikTok. That demand followed a long review by the Committee on Foreign Investment in the United States.');
    expect(rels).toContain('Committee on Foreign Investment in the United States -TARGETS-> ByteDance');
  });
  it('da: "Forbuddet kommer efter en undersøgelse fra Center for Cybersikkerhed"', () => {
    const rels = relations('Danmark har forbudt Kaspersky på statens computere. Forbuddet kommer efter en undersøgelse fra Center for Cybersikkerhed.');
    expect(rels).toContain('Centre for Cyber Security -TARGETS-> Kaspersky');
  });
  it('must not fire: an inquiry into a firm, or into a thing', () => {
    expect(relations('Danmark har forbudt Kaspersky på statens computere. Forbuddet kommer efter en undersøgelse af Kaspersky.').filter((r) => r.includes('-TARGETS->'))).toEqual(['Denmark -TARGETS-> Kaspersky']);
    expect(relations('The Commerce Department ordered ByteDance to sell TikTok. The order followed a review of the rules.').filter((r) => r.includes('-TARGETS->')).every((r) => r.startsWith('Commerce Department'))).toBe(true);
  });
});

describe('the body whose instruction a measure carries out takes part in it', () => {
  it('en: "The ban followed a directive from the Department of Homeland Security"', () => {
    const rels = relations('The Commerce Department banned Kaspersky software on Friday. The ban followed a directive from the Department of Homeland Security.');
    expect(rels).toContain('Department of Homeland Security -TARGETS-> Kaspersky');
  });
  it('da: "har fået besked fra Det Hvide Hus på at slette appen"', () => {
    const rels = relations('Canada har forbudt TikTok på statens telefoner. I USA har de føderale myndigheder fået besked fra Det Hvide Hus på at slette appen inden for 30 dage.');
    expect(rels).toContain('White House -TARGETS-> TikTok');
  });
  it('must not fire: instructions from a firm', () => {
    const rels = relations('The Commerce Department banned Kaspersky software on Friday. Staff received instructions from Microsoft on how to remove it.');
    expect(rels).not.toContain('Microsoft -TARGETS-> Kaspersky');
  });
});

describe('a noun for a body refers back to the subject before, over a body named after a preposition', () => {
  it('en: "…, the agency that took over merger reviews from China\'s Ministry of Commerce. The regulator fined …"', () => {
    const rels = relations("The last hurdle was the State Administration for Market Regulation, the agency that took over merger reviews from China's Ministry of Commerce this year. The regulator fined Qualcomm on Friday.");
    expect(rels).toContain('State Administration for Market Regulation -TARGETS-> Qualcomm');
    expect(rels).not.toContain('Chinese Ministry of Commerce -TARGETS-> Qualcomm');
  });
  it('da: "…, som overtog sagen fra Erhvervsstyrelsen. Myndigheden har givet Google en bøde"', () => {
    const rels = relations('Den sidste forhindring var Konkurrence- og Forbrugerstyrelsen, som overtog sagen fra Erhvervsstyrelsen i år. Myndigheden har givet Google en bøde.');
    expect(rels).toContain('Danish Competition and Consumer Authority -TARGETS-> Google');
    expect(rels.some((r) => r.startsWith('Danish Business Authority -TARGETS->'))).toBe(false);
  });
  it('must not fire: a body named as the subject of its own sentence stays the one in view', () => {
    const rels = relations("The State Administration for Market Regulation reviewed the deal. China's Ministry of Commerce took over the case this year. The regulator fined Qualcomm on Friday.");
    expect(rels).toContain('Chinese Ministry of Commerce -TARGETS-> Qualcomm');
  });
});

describe('a measure in the passive with no taker is that of the body that took or announced a measure just before', () => {
  it('en: "The Danish Ministry of Defence announced new rules on Monday. TikTok and WeChat are also banned …"', () => {
    const rels = relations('The Danish Ministry of Defence announced new rules on Monday. TikTok and WeChat are also banned from all work phones.');
    expect(rels).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
    expect(rels).toContain('Danish Ministry of Defence -TARGETS-> WeChat');
  });
  it('da: "Forsvarsministeriet har indført nye regler. TikTok bliver forbudt …"', () => {
    expect(relations('Forsvarsministeriet har indført nye regler. TikTok bliver forbudt på alle arbejdstelefoner fra fredag.')).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
  it('must not fire: the body took no measure, the passive names its place, or the firm only qualifies the subject', () => {
    expect(relations('The Danish Ministry of Defence met on Monday. TikTok is banned from all work phones from Friday.')).not.toContain('Danish Ministry of Defence -TARGETS-> TikTok');
    expect(relations('Forsvarsministeriet har indført nye regler. TikTok bliver forbudt i Sverige.')).not.toContain('Danish Ministry of Defence -TARGETS-> TikTok');
    expect(relations("The Danish Ministry of Defence announced new rules on Monday. Microsoft's TikTok rival is banned from all work phones.")).not.toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
});

describe('a body named as the place a case may go takes no part in the state\'s measure', () => {
  it('en and da: "take the matter to the Supreme Court", "føre sagen til Supreme Court of India"', () => {
    expect(relations('India fined Google 13.4 billion rupees on Thursday. Lawyers for Google said it could take the matter to the Supreme Court of India.')).not.toContain('Supreme Court of India -TARGETS-> Google');
    expect(relations('Indien har givet Google en bøde på 13 milliarder rupees. Google kan nu føre sagen til Supreme Court of India.')).not.toContain('Supreme Court of India -TARGETS-> Google');
  });
  it('still when the body acts on the measure itself', () => {
    expect(relations('India fined Google 13.4 billion rupees on Thursday. The Supreme Court of India upheld the fine against Google.')).toContain('Supreme Court of India -TARGETS-> Google');
  });
});
