// Session 15 (S) stance rules: each on sentences written for it, in both languages where it applies, with a case
// where it must not fire.
import { extract } from '../../ingest/extract';
import { lexicon, relations } from '../fixtures/extract/helpers';

const opposes = (text: string) => relations(text).filter((r) => r.includes('-OPPOSES->'));

/** The stances kept at the default confidence floor: a rule's own relation, not one a withheld family also finds. */
function keptOpposes(text: string): string[] {
  const x = extract({ text }, lexicon, { nlp: true });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.predicate === 'OPPOSES').map((r) => `${name.get(r.subject)} -OPPOSES-> ${name.get(r.object)}`);
}

describe('an official of the body acting against a firm, saying what the firm did, opposes it (no word of accusation needed)', () => {
  it('en: "Deputy Commissioner X said Nokia had not protected …"', () => {
    expect(opposes('The Data Protection Commission fined Nokia 300 million euros on Friday. Deputy Commissioner John Smith said Nokia had not protected the data of its users.')).toContain('John Smith -OPPOSES-> Nokia');
  });
  it('da: "Datatilsynets direktør, X, siger, at Nokia ikke har beskyttet …"', () => {
    expect(opposes('Datatilsynet har givet Nokia en bøde på 300 millioner kroner. Datatilsynets direktør, John Smith, siger, at Nokia ikke har beskyttet brugernes data godt nok.')).toContain('John Smith -OPPOSES-> Nokia');
  });
  it('not about a firm the body has not acted against', () => {
    expect(opposes('The Data Protection Commission fined Nokia 300 million euros on Friday. Deputy Commissioner John Smith said Ericsson had not yet applied for a licence.')).not.toContain('John Smith -OPPOSES-> Ericsson');
  });
  it('not the firm\'s own officer', () => {
    expect(opposes('The Data Protection Commission fined Nokia 300 million euros on Friday. Nokia\'s chief executive John Smith said Nokia had not protected the data of its users.')).toEqual([]);
  });
});

describe('a judgement ("calls the rules an abuse of …") is no passive: "af"/"by" after its noun names no agent', () => {
  it('da: "kalder reglerne et misbrug af eksportkontrol og opfordrer Sverige til …"', () => {
    const rels = opposes('Sverige har udelukket Huawei. Det kinesiske handelsministerium kalder reglerne et misbrug af eksportkontrol og opfordrer Sverige til ikke at skade samarbejdet.');
    expect(rels).toContain('Chinese Ministry of Commerce -OPPOSES-> Sweden');
    expect(rels).not.toContain('Sweden -OPPOSES-> Chinese Ministry of Commerce');
  });
  it('en: "called the rules an abuse by Sweden of its power"', () => {
    const rels = opposes('Sweden has shut out Huawei. China\'s commerce ministry called the rules an abuse by Sweden of its power and urged Stockholm to reverse them.');
    expect(rels).toContain('Chinese Ministry of Commerce -OPPOSES-> Sweden');
    expect(rels).not.toContain('Sweden -OPPOSES-> Chinese Ministry of Commerce');
  });
  it('a listed phrase in the passive still has its agent: "was described as a threat by Sweden"', () => {
    expect(opposes('Huawei was described as a threat by Sweden.')).toContain('Sweden -OPPOSES-> Huawei');
  });
});

describe('criticising that a name is wronged ("kritiseret, at Huawei behandles som en trussel i Danmark") opposes who wrongs it', () => {
  it('da: the state the passive clause places it in', () => {
    const rels = opposes('Kinas ambassade i København har ved flere lejligheder kritiseret, at Huawei behandles som en trussel i Danmark.');
    expect(rels).toContain('Embassy of China in Denmark -OPPOSES-> Denmark');
    expect(rels).not.toContain('Embassy of China in Denmark -OPPOSES-> Huawei');
  });
  it('en: the agent after "by"', () => {
    const rels = opposes('The Chinese embassy criticised that Huawei was treated as a threat by Sweden.');
    expect(rels).toContain('Embassy of China -OPPOSES-> Sweden');
    expect(rels).not.toContain('Embassy of China -OPPOSES-> Huawei');
  });
  it('not the one wronged when nobody acting is named', () => {
    expect(opposes('Kinas ambassade har kritiseret, at Huawei behandles som en trussel.')).toEqual([]);
  });
  it('an active clause still names the one criticised', () => {
    expect(opposes('Kinas ambassade har kritiseret, at Danmark udelukker Huawei.')).toContain('Embassy of China -OPPOSES-> Denmark');
  });
});

describe('a verb of opposition joined by "and"/"og" after a reported clause shares the speaker, not the clause\'s subject', () => {
  it('en: "the Ministry of Commerce said China firmly opposed the decision and urged Washington to reverse it"', () => {
    expect(opposes('The United States added SMIC to its Entity List on Friday. In Beijing, the Ministry of Commerce said China firmly opposed the decision and urged Washington to reverse it at once.')).toContain('Chinese Ministry of Commerce -OPPOSES-> United States');
  });
  it('da: "handelsministerium sagde, at Kina er imod beslutningen og opfordrede Sverige til …"', () => {
    expect(opposes('Sverige udelukkede Huawei i maj. Det kinesiske handelsministerium sagde, at Kina er imod beslutningen og opfordrede Sverige til at omgøre den.')).toContain('Chinese Ministry of Commerce -OPPOSES-> Sweden');
  });
  it('not the reported clause\'s subject', () => {
    const rels = opposes('Sweden banned Huawei in May. Huawei said Ericsson had won the contract and urged Sweden to reverse the decision.');
    expect(rels).toContain('Huawei -OPPOSES-> Sweden');
    expect(rels).not.toContain('Ericsson -OPPOSES-> Sweden');
  });
});

describe('a source a claim is credited to ("ifølge anklager X", "according to critics of …") is a noun, not a verb of opposition', () => {
  it('da: "Ifølge anklager X drejer sagen sig om …" accuses nobody', () => {
    expect(opposes('Telegram-stifter sigtet i Frankrig. Ifølge anklager Laure Beccuau drejer sagen sig om, at platformen angiveligt er blevet brugt til kriminalitet, og at selskabet ikke har villet samarbejde med myndighederne i Paris.')).toEqual([]);
  });
  it('da: the verb still accuses after its subject', () => {
    expect(opposes('Frankrig anklager Telegram for ikke at samarbejde med politiet.')).toContain('France -OPPOSES-> Telegram');
  });
});

describe('a reported subject that runs on ("X og andre kinesiske apps - som Y - er trusler") still meets its word of accusation', () => {
  it('da: "siger, at TikTok og andre kinesiske apps - som WeChat - er markante trusler"', () => {
    expect(keptOpposes('Mike Pompeo siger, at TikTok og andre kinesiske apps - som WeChat - er markante trusler mod amerikanernes personlige data.')).toContain('Mike Pompeo -OPPOSES-> TikTok');
  });
  it('en: "said Huawei and other Chinese vendors (such as ZTE) were a threat"', () => {
    expect(keptOpposes('Mike Pompeo said Huawei and other Chinese telecom vendors (such as ZTE and Hikvision) were a threat to national security.')).toContain('Mike Pompeo -OPPOSES-> Huawei');
  });
  it('not without a word of accusation', () => {
    expect(keptOpposes('Mike Pompeo said Huawei and other Chinese telecom vendors (such as ZTE and Hikvision) had won contracts in Europe.')).not.toContain('Mike Pompeo -OPPOSES-> Huawei');
  });
});

describe('the court an act is taken to ("appealed the decision to X", "ankede afgørelsen til X") is no party to it', () => {
  it('da: not the tribunal', () => {
    expect(opposes('Konkurrencemyndigheden CMA har pålagt Meta at sælge Giphy. Meta ankede afgørelsen til Competition Appeal Tribunal.')).not.toContain('Meta -OPPOSES-> Competition Appeal Tribunal');
  });
  it('en: the author of the decision, not the tribunal', () => {
    const rels = opposes('The Competition and Markets Authority ordered Meta to sell Giphy. Meta appealed the decision to the Competition Appeal Tribunal.');
    expect(rels).toContain('Meta -OPPOSES-> Competition and Markets Authority');
    expect(rels).not.toContain('Meta -OPPOSES-> Competition Appeal Tribunal');
  });
  it('a name after "to" that is not where an act is taken stays the object', () => {
    expect(opposes('Nokia objected to Sweden.')).toContain('Nokia -OPPOSES-> Sweden');
  });
});

describe('"that ban", "denne beslutning": a demonstrative points at the act just told of, not the text\'s first', () => {
  it('en: "TikTok called that ban a political gesture"', () => {
    expect(opposes('Denmark banned TikTok on staff phones in March. Canada barred TikTok from government devices last week. TikTok called that ban a political gesture.')).toEqual(['TikTok -OPPOSES-> Canada']);
  });
  it('da: "TikTok kaldte denne beslutning urimelig"', () => {
    expect(opposes('Danmark forbød TikTok på tjenestetelefoner i marts. Canada udelukkede TikTok fra regeringens telefoner i sidste uge. TikTok kaldte denne beslutning urimelig.')).toEqual(['TikTok -OPPOSES-> Canada']);
  });
  it('"the ban" is still the act the text is about', () => {
    expect(opposes('Denmark banned TikTok on staff phones in March. Canada barred TikTok from government devices last week. TikTok called the ban a political gesture.')).toEqual(['TikTok -OPPOSES-> Denmark']);
  });
});

describe('after a semicolon, a verb joined by "and"/"og" shares the subject its own clause opened on', () => {
  it('en: "Washington said …; Beijing said it was … and accused the United States of overreacting"', () => {
    expect(opposes('Washington said the balloon was used for spying; Beijing said it was a civilian weather airship that had blown off course and accused the United States of overreacting.')).toContain('China -OPPOSES-> United States');
  });
  it('da: "Washington sagde …; Beijing sagde, at det var … og beskyldte USA for …"', () => {
    expect(opposes('Washington sagde, at ballonen blev brugt til spionage; Beijing sagde, at det var et civilt luftskib, som var blæst ud af kurs og beskyldte USA for at overreagere.')).toContain('China -OPPOSES-> United States');
  });
  it('without a semicolon the sentence\'s opener is the subject, as before', () => {
    expect(opposes('China said the balloon was a civilian weather airship that had blown off course and accused the United States of overreacting.')).toEqual(['China -OPPOSES-> United States']);
  });
});

describe('a state denying a charge answers the state whose body made it', () => {
  it('en: "Beijing has rejected the accusations" of the US Treasury', () => {
    const rels = opposes('The US Treasury Department accused China of sponsoring the attacks. Beijing has rejected the accusations.');
    expect(rels).toContain('China -OPPOSES-> United States');
    expect(rels).not.toContain('China -OPPOSES-> Department of the Treasury');
  });
  it('da: "Kina har afvist anklagerne" fra det amerikanske finansministerium', () => {
    const rels = opposes('Det amerikanske finansministerium beskylder Kina for at stå bag angrebene. USA har længe presset Beijing. Kina har afvist anklagerne.');
    expect(rels).toContain('China -OPPOSES-> United States');
    expect(rels).not.toContain('China -OPPOSES-> Department of the Treasury');
  });
  it('a firm denying answers the body itself', () => {
    expect(opposes('The US Treasury Department accused Huawei of helping the attackers. Huawei has rejected the accusations.')).toContain('Huawei -OPPOSES-> Department of the Treasury');
  });
});

describe('keeping something safe from a name ("protect … from X", "beskytte … mod X") opposes it', () => {
  it('en: "signed the bill to protect Montanans\' personal data from the Chinese Communist Party"', () => {
    expect(opposes('Greg Gianforte said he signed the bill to protect Montanans\' personal data from the Chinese Communist Party.')).toContain('Greg Gianforte -OPPOSES-> Chinese Communist Party');
  });
  it('da: "vil beskytte danskernes data mod Kina"', () => {
    expect(opposes('Den danske regering vil beskytte danskernes data mod Kina.')).toContain('Denmark -OPPOSES-> China');
  });
  it('not a nationality word qualifying what one is kept from, nor a thing that is no actor', () => {
    expect(opposes('Danmark vil beskytte sine netværk mod kinesiske leverandører.')).toEqual([]);
    expect(opposes('Denmark wants to protect its networks from cyberattacks and US sanctions.')).toEqual([]);
  });
});
