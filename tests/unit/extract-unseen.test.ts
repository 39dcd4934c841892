// Recall on unseen news prose, second round: what the tuning sets showed missing, written
// here as general sentences of the language (both languages where both say it), each with
// a case that must not fire.
import { run, lexicon } from '../fixtures/extract/helpers';
import { toEvalOutput } from '../../ingest/extract';

function rels(text: string, language: string): string[] {
  const x = run(text, language);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.subject)} -${r.predicate}-> ${name.get(r.object)}`);
}

describe('stage 5: a body\'s head noun alone', () => {
  it('joins the one body named in full', () => {
    const x0 = () => run("The European Commission fined Apple. Apple accused the Commission of unfairly targeting the company, and the Commission's president disagreed.", 'en');
    const names = run("The European Commission fined Apple. Apple accused the Commission of unfairly targeting the company, and the Commission's president disagreed.", 'en').entities.map((e) => e.name);
    expect(names).toContain('European Commission');
    expect(names).not.toContain('Commission');
    expect(x0().entities.find((e) => e.name === 'European Commission')?.mentions.some((m) => m.surface.startsWith('Commission'))).toBe(true);
  });
  it('joins neither of two bodies that end in it', () => {
    const x = run("The European Commission and the Federal Communications Commission met in Brussels. Apple accused the Commission of unfairly targeting the company, and the Commission's president disagreed.", 'en');
    const ec = x.entities.find((e) => e.name === 'European Commission');
    const fcc = x.entities.find((e) => e.name === 'Federal Communications Commission');
    for (const e of [ec, fcc]) expect(e?.mentions.some((m) => m.surface === 'Commission')).toBe(false);
  });
});

describe('stage 4: a state\'s body named after its description', () => {
  const ents = (text: string, language: string) => run(text, language).entities.map((e) => `${e.type}:${e.name}`);
  it('da: det hollandske tilsyn X', () => {
    const text = 'Det hollandske tilsyn Autoriteit Persoonsgegevens har forbudt appen Zoomly.';
    expect(ents(text, 'da')).toContain('Agency:Autoriteit Persoonsgegevens');
    expect(rels(text, 'da')).toContain('Autoriteit Persoonsgegevens -PART_OF-> Netherlands');
  });
  it('en: the Dutch data protection authority, X,', () => {
    const text = 'The Dutch data protection authority, Autoriteit Persoonsgegevens, fined Uber on Monday.';
    expect(rels(text, 'en')).toEqual(expect.arrayContaining(['Autoriteit Persoonsgegevens -PART_OF-> Netherlands', 'Autoriteit Persoonsgegevens -TARGETS-> Uber']));
  });
  it('da: the description does not make a second body', () => {
    const names = ents('Tysklands cybersikkerhedsmyndighed, Bundesamt für Sicherheit in der Informationstechnik (BSI), advarer mod Kaspersky.', 'da');
    expect(names).toContain('Agency:Federal Office for Information Security');
    expect(names.filter((n) => n.startsWith('Agency:'))).toHaveLength(1);
  });
  it('keeps a foreign name with its prepositions and articles whole', () => {
    expect(ents('Die Agentur für Arbeit in der Region Schleswig-Holstein warnt.', 'da').some((n) => n.includes('Agentur für Arbeit in der Region'))).toBe(true);
  });
  it('an abbreviation in brackets that spells the name is that name, there and later', () => {
    const x = run('Sydkoreas databeskyttelsesmyndighed, Personal Information Protection Commission (PIPC), har stoppet appen. Senere sagde PIPC, at sagen er lukket.', 'da');
    const names = x.entities.map((e) => e.name);
    expect(names).toContain('Personal Information Protection Commission');
    expect(names).not.toContain('PIPC');
  });
  it('an abbreviation that does not spell the name stays apart', () => {
    const names = run('Acme Widgets Corporation (NKSC) har stoppet appen. Senere sagde NKSC, at sagen er lukket.', 'da').entities.map((e) => e.name);
    expect(names).toContain('NKSC');
  });
  it('a firm\'s name and a country name its unit there, owned by the firm', () => {
    const x = run('Huawei sells phones in Canada and Huawei Canada employs 1,500 people.', 'en');
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toContain('Company:Huawei Canada');
    expect(rels('Huawei sells phones in Canada and Huawei Canada employs 1,500 people.', 'en')).toContain('Huawei -OWNS-> Huawei Canada');
  });
  it('a firm in a country is no unit of it', () => {
    const names = run('Huawei har 1.500 ansatte i Canada.', 'da').entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Huawei', 'Canada']));
    expect(names).not.toContain('Huawei Canada');
  });
  it('a carrier\'s American unit is a firm of its own, owned by the carrier', () => {
    expect(rels("FCC tilbagekalder China Telecom Americas' tilladelse. China Telecom protesterer.", 'da'))
      .toEqual(expect.arrayContaining(['Federal Communications Commission -TARGETS-> China Telecom Americas', 'China Telecom -OWNS-> China Telecom Americas']));
  });
  it('a firm\'s first word alone is the parent, not a unit named after it', () => {
    const x = run('LY Corp used servers at Naver Cloud, the cloud subsidiary of Naver. Naver said it would consider the request.', 'en');
    const cloud = x.entities.find((e) => e.name === 'Naver Cloud');
    expect(cloud?.mentions.every((m) => m.surface.startsWith('Naver Cloud'))).toBe(true);
  });
  it('a holding in a firm is no place', () => {
    expect(run('Washington forced a sale of Grindr. Kunlun bought a majority stake in Grindr in 2016.', 'en').entities.map((e) => `${e.type}:${e.name}`)).not.toContain('Location:Grindr');
  });
  it('a streaming service is no body of the state', () => {
    const r = rels('The European Commission fined Apple after a complaint by the Swedish music streaming service Spotify. Spotify welcomed the fine.', 'en');
    expect(r).not.toContain('Spotify -PART_OF-> Sweden');
    expect(r).toContain('Spotify -BASED_IN-> Sweden');
  });
  it('a list after the noun is no name of it', () => {
    expect(rels('Den svenske myndighed, Ericsson og Telia har talt sammen.', 'da')).not.toContain('Ericsson -PART_OF-> Sweden');
  });
});

describe('stage 4: compound titles', () => {
  it('a Danish compound title before a name is no part of it', () => {
    const x = run('Europa-Kommissionen indfører told. Handelskommissær Valdis Dombrovskis har flere gange sagt, at EU ikke ønsker en handelskrig.', 'da');
    const p = x.entities.find((e) => e.type === 'Person');
    expect(p?.name.startsWith('Valdis')).toBe(true);
    expect(rels('Europa-Kommissionen indfører told. Handelskommissær Valdis Dombrovskis har flere gange sagt, at EU ikke ønsker en handelskrig.', 'da').some((r) => r.startsWith('Valdis') && r.endsWith('-HOLDS_ROLE-> European Commission'))).toBe(true);
  });
});

describe('lexicon: acronyms', () => {
  const names = (text: string, language: string) => run(text, language).entities.map((e) => e.name);
  it('an acronym of three letters or more names its body in every language', () => {
    expect(names('Reglerne blev offentliggjort af METI fredag.', 'da')).toContain('Ministry of Economy, Trade and Industry');
  });
  it('a two-letter acronym stays in its language', () => {
    expect(names('The report was written by FN researchers in Oslo.', 'en')).not.toContain('United Nations');
  });
  it('a Danish minister\'s compound title names the ministry\'s state', () => {
    const r = rels('Japan strammer eksportreglerne. Det oplyste Japans økonomi-, handels- og industriministerium. Kina nævnes ikke, og industriminister Yasutoshi Nishimura understregede det.', 'da');
    expect(r).toContain('Yasutoshi Nishimura -HOLDS_ROLE-> Japan');
    expect(r).not.toContain('Yasutoshi Nishimura -HOLDS_ROLE-> China');
  });
});

describe('evaluation output: the aliases the graph holds', () => {
  it('lists the gazetteer names of a known body beside the surface seen', () => {
    const out = toEvalOutput(run('Kinas handelsministerium kritiserer Japan.', 'da'));
    const mofcom = out.entities.find((e) => e.name === 'Chinese Ministry of Commerce');
    expect(mofcom?.aliases).toEqual(expect.arrayContaining(['Kinas handelsministerium', 'Ministry of Commerce of China']));
  });
  it('lists only surfaces seen for a name the gazetteer does not know', () => {
    const text = 'Acme Widgets Corporation kritiserer Japan. Acme Widgets Corporation afviser kritik.';
    const acme = toEvalOutput(run(text, 'da')).entities.find((e) => e.name.startsWith('Acme'));
    expect(acme).toBeDefined();
    for (const a of acme!.aliases) expect(text).toContain(a);
  });
});

// [label, language, text, relations that must be there, relations that must not]
type Row = [string, string, string, string[], string[]?];

describe('stage 6: recall on unseen prose, round two', () => {
  const table: Row[] = [
    // TARGETS: advising against use, ordering removal, revoking a permit.
    ['TARGETS da fraråder at bruge', 'da', 'Det tyske BSI fraråder virksomheder at bruge antivirusprogrammer fra Kaspersky.', ['Federal Office for Information Security -TARGETS-> Kaspersky']],
    ['TARGETS en advised against using', 'en', "Germany's BSI advised companies against using software from Kaspersky.", ['Federal Office for Information Security -TARGETS-> Kaspersky']],
    ['TARGETS da beordret fjernet', 'da', 'Australien har beordret appen TikTok fjernet fra statens telefoner.', ['Australia -TARGETS-> TikTok']],
    ['TARGETS en ordered removed', 'en', 'Australia ordered TikTok removed from government phones.', ['Australia -TARGETS-> TikTok']],
    ['TARGETS da tilbagekalde tilladelse', 'da', "FCC har besluttet at tilbagekalde China Unicoms tilladelse til at levere tjenester.", ['Federal Communications Commission -TARGETS-> China Unicom']],
    ['TARGETS en revoked permit', 'en', "The FCC revoked China Unicom's permit to operate.", ['Federal Communications Commission -TARGETS-> China Unicom']],
    ['TARGETS da a reporting tag is no object', 'da', 'Sverige fraråder borgerne at bruge svage kodeord, siger Ericsson.', [], ['Sweden -TARGETS-> Ericsson']],
    ['TARGETS en a reporting tag is no object', 'en', 'Sweden banned weak passwords on state phones, said Ericsson.', [], ['Sweden -TARGETS-> Ericsson']],
    // Ownership and nationality.
    ['OWNS en owned by a described firm, not its state', 'en', 'Washington forced a sale of Grindr. Grindr is owned by Chinese gaming company Beijing Kunlun Tech.', ['Beijing Kunlun Tech -OWNS-> Grindr', 'Beijing Kunlun Tech -BASED_IN-> China'], ['China -OWNS-> Grindr']],
    ['OWNS en a firm\'s short name buys a stake', 'en', 'Washington forced Beijing Kunlun Tech to sell Grindr. In 2016 Kunlun bought a majority stake in Grindr. Kunlun later took full control.', ['Beijing Kunlun Tech -OWNS-> Grindr']],
    ['OWNS da købte aktier i', 'da', 'Regeringen greb ind over for Spotify. Tencent købte aktier i Spotify i 2017.', ['Tencent -OWNS-> Spotify']],
    ['OWNS en part-owned by, over a description', 'en', 'MoneyGram called off its sale to Ant Financial, the payments group part-owned by Alibaba, after CFIUS objected. Alibaba declined to comment.', ['Alibaba -OWNS-> Ant Group']],
    ['BASED_IN da er kinesisk ejet', 'da', 'Litauen advarer mod Xiaomi. Xiaomi er kinesisk ejet.', ['Xiaomi -BASED_IN-> China']],
    ['BASED_IN da der er kinesisk ejet', 'da', 'Litauen advarer mod Xiaomi. Xiaomi, der er kinesisk ejet, afviser kritikken.', ['Xiaomi -BASED_IN-> China']],
    ['BASED_IN en is Chinese-owned', 'en', 'Washington forced a sale of Grindr. Grindr is Chinese-owned.', ['Grindr -BASED_IN-> China']],
    ['BASED_IN da not when denied', 'da', 'Litauen advarer mod Xiaomi. Xiaomi er ikke kinesisk ejet, siger Xiaomi.', [], ['Xiaomi -BASED_IN-> China']],
    // "Regeringen", "the government": the text's own state, not the one named last.
    ['TARGETS da regeringen is the text\'s state', 'da', 'Japan strammer eksportreglerne. USA har længe presset på for stramninger. Regeringen forbyder nu salg til Huawei.', ['Japan -TARGETS-> Huawei'], ['United States -TARGETS-> Huawei']],
    ['TARGETS en the government is the text\'s state', 'en', 'Japan tightened its export rules. The United States had pushed for months. The government now bans sales to Huawei.', ['Japan -TARGETS-> Huawei'], ['United States -TARGETS-> Huawei']],
    ['TARGETS da a qualified government is its own', 'da', 'Japan strammer eksportreglerne. Den amerikanske regering forbyder salg til Huawei.', ['United States -TARGETS-> Huawei'], ['Japan -TARGETS-> Huawei']],
    // Following suit takes the measure just reported.
    ['TARGETS da fulgte trop', 'da', 'Europa-Kommissionen har besluttet, at ansatte skal slette TikTok fra tjenstlige enheder. Kort efter fulgte Europa-Parlamentet og Rådet trop.', ['European Parliament -TARGETS-> TikTok', 'Council of the European Union -TARGETS-> TikTok']],
    ['TARGETS en followed suit', 'en', 'The European Commission banned TikTok on staff phones. The European Parliament followed suit.', ['European Parliament -TARGETS-> TikTok']],
    ['TARGETS en following suit needs a measure just before', 'en', 'The European Commission banned TikTok on staff phones. Budgets grew in May. Exports rose. Sales fell. The European Parliament followed suit.', [], ['European Parliament -TARGETS-> TikTok']],
    // A spokesperson after the verb of speech speaks for the body named.
    ['OPPOSES da sagde en talsperson for X', 'da', 'Europa-Kommissionen har udelukket Huawei fra nettet. Ericsson er glad. Om Kommissionens beslutning sagde en talsperson for Huawei, at den var forfejlet.', ['Huawei -OPPOSES-> European Commission']],
    ['OPPOSES en said a spokesman for X', 'en', 'The European Commission excluded Huawei. Ericsson was pleased. The decision was unjustified and discriminatory, said a spokesman for Huawei.', ['Huawei -OPPOSES-> European Commission']],
    // Founders hold a role in what they founded.
    ['HOLDS_ROLE en founded by', 'en', 'Kaspersky, which is based in Moscow and was founded in 1997 by its chief executive Eugene Kaspersky, rejected the accusations.', ['Eugene Kaspersky -HOLDS_ROLE-> Kaspersky'], ['Eugene -HOLDS_ROLE-> Kaspersky']],
    ['HOLDS_ROLE da grundlagt af', 'da', 'DeepSeek blev grundlagt i 2023 af iværksætteren Liang Wenfeng og har hovedsæde i Hangzhou. Liang Wenfeng er rig.', ['Liang Wenfeng -HOLDS_ROLE-> DeepSeek']],
    ['HOLDS_ROLE da grundlagt af, not the next firm', 'da', 'Huawei blev grundlagt i 1987. Ericsson blev stiftet i Stockholm af Anders Holm.', ['Anders Holm -HOLDS_ROLE-> Ericsson'], ['Anders Holm -HOLDS_ROLE-> Huawei']],
    ['OPPOSES da kalder advarslen politisk motiveret', 'da', 'Det tyske BSI fraråder virksomheder at bruge antivirusprogrammer fra Kaspersky. Kaspersky kalder advarslen politisk motiveret.', ['Kaspersky -OPPOSES-> Federal Office for Information Security']],
    ['OWNS en a product beside its maker in a text about a measure', 'en', 'The European Commission fined Apple. iPhone users must now get a choice of browser.', ['Apple -OWNS-> iPhone']],
    ['OWNS en no maker named, no ownership', 'en', 'The European Commission fined Meta. iPhone users must now get a choice of browser.', [], ['Apple -OWNS-> iPhone']],
    ['TARGETS da lukker for', 'da', 'Italien lukker for ChatGPT.', ['Italy -TARGETS-> ChatGPT']],
    ['TARGETS da sætter bremsen i for', 'da', 'Australien sætter bremsen i for DeepSeek.', ['Australia -TARGETS-> DeepSeek']],
    ['TARGETS en pulled the plug on', 'en', 'Washington pulled the plug on Huawei.', ['United States -TARGETS-> Huawei']],
    ['TARGETS da lukker for, no actor no target', 'da', 'Butikkerne lukker for salg af Huawei-telefoner.', [], ['Denmark -TARGETS-> Huawei']],
    ['TARGETS en a place-based qualifier is not aimed at', 'en', "President Donald Trump has blocked Singapore-based chipmaker Broadcom's attempt to take over Qualcomm. Broadcom objected.", [], ['United States -TARGETS-> Singapore']],
    ['OPPOSES en an unqualified ministry is the state\'s named before', 'en', 'The United States designated Huawei a threat. Beijing condemned the move. Foreign Ministry spokesman Zhao Lijian said the United States was abusing state power.', ['Chinese Foreign Ministry -OPPOSES-> United States', 'Zhao Lijian -HOLDS_ROLE-> Chinese Foreign Ministry']],
    ['OPPOSES en an unqualified ministry with no state before stays unknown', 'en', 'Foreign Ministry spokesman Zhao Lijian said the ban was unjustified. The United States designated Huawei a threat.', [], ['Chinese Foreign Ministry -OPPOSES-> United States']],
    ['BASED_IN en a nationality on a kind noun with the name in apposition', 'en', "President Joe Biden signed a law that gives TikTok's Chinese parent company, ByteDance, nine months to sell the app. ByteDance objected.", ['ByteDance -BASED_IN-> China', 'ByteDance -OWNS-> TikTok']],
    ['BASED_IN da kinesiske moderselskab, X,', 'da', 'Loven giver TikToks kinesiske moderselskab, ByteDance, ni måneder til at sælge appen. ByteDance protesterer.', ['ByteDance -BASED_IN-> China']],
    ['BASED_IN da a list after a comma is no apposition', 'da', 'Mødet samlede de kinesiske selskaber, Ericsson og Nokia. Ericsson var glad.', [], ['Ericsson -BASED_IN-> China']],
    ['OPPOSES en said the law was unfair', 'en', 'The Senate passed the Digital Markets Act. Apple said the law was unfair.', ['Apple -OPPOSES-> Digital Markets Act']],
    ['OPPOSES da siger at loven er urimelig', 'da', 'EU har vedtaget Digital Markets Act. Apple siger, at loven er urimelig.', ['Apple -OPPOSES-> Digital Markets Act']],
    ['OPPOSES en said the law was clear', 'en', 'The Senate passed the Digital Markets Act. Apple said the law was clear.', [], ['Apple -OPPOSES-> Digital Markets Act']],
    ['ANNOUNCED da X, som USA vedtog', 'da', 'Europas satsning er beskeden sammenlignet med CHIPS and Science Act, som USA vedtog i 2022.', ['United States -ANNOUNCED-> CHIPS and Science Act']],
    ['ANNOUNCED en X, which Trump signed', 'en', 'The ban uses powers created by Executive Order 13873, which then-President Donald Trump signed in 2019.', ['Donald Trump -ANNOUNCED-> Executive Order 13873']],
    ['ANNOUNCED en a relative clause on a firm is no policy', 'en', 'Washington sanctioned Huawei, which Donald Trump signed a deal with in 2019.', [], ['Donald Trump -ANNOUNCED-> Huawei']],
    ['HOLDS_ROLE da handelskommissær', 'da', 'Europa-Kommissionen indfører told. Handelskommissær Valdis Dombrovskis har flere gange sagt, at EU ikke ønsker en handelskrig.', [], ['Handelskommissær Valdis Dombrovskis -HOLDS_ROLE-> European Commission']],
    ['TARGETS en among them', 'en', 'The Commerce Department placed 31 Chinese entities on a list, among them YMTC, a maker of flash memory.', ['Commerce Department -TARGETS-> YMTC'], ['Commerce Department -TARGETS-> China']],
    ['TARGETS da heriblandt', 'da', 'USA har sat 31 kinesiske virksomheder på en liste, heriblandt YMTC.', ['United States -TARGETS-> YMTC']],
    // A state's voice abroad: what its foreign or trade ministry or embassy opposes, the state opposes.
    ['OPPOSES da an embassy speaks for its state', 'da', 'Sverige har udelukket Huawei fra nettet, og forholdet til Kina er anstrengt. Kinas ambassade i Stockholm kritiserede beslutningen.', ['Embassy of China in Sweden -OPPOSES-> Sweden', 'China -OPPOSES-> Sweden']],
    ['OPPOSES en a foreign ministry speaks for its state', 'en', "Australia banned Huawei, and ties with China are tense. China's Foreign Ministry criticised Australia.", ['Chinese Foreign Ministry -OPPOSES-> Australia', 'China -OPPOSES-> Australia']],
    ['OPPOSES en a trade ministry against a body above states', 'en', "The European Commission put duties on cars from China. China's Ministry of Commerce criticised the European Commission.", ['China -OPPOSES-> European Commission']],
    ['OPPOSES en not every body is its state\'s voice', 'en', "Sweden expelled a diplomat from China. China's Ministry of State Security criticised Sweden.", ['Ministry of State Security -OPPOSES-> Sweden'], ['China -OPPOSES-> Sweden']],
    // Judging an act: a verb of calling with a word of accusation holds the act between them.
    ['OPPOSES en called the fines extortion', 'en', 'The European Commission fined Apple. A spokesman for the National Security Council called the fines a novel form of economic extortion.', ['National Security Council -OPPOSES-> European Commission']],
    ['OPPOSES da betegnede forbuddet som politisk motiveret', 'da', 'Sverige har forbudt Huawei. Kina betegnede forbuddet som et politisk motiveret skridt.', ['China -OPPOSES-> Sweden']],
    ['OPPOSES da kaldte beslutningen hyklerisk', 'da', 'Italiens datatilsyn har forbudt ChatGPT. Matteo Salvini kaldte beslutningen uforholdsmæssig og hyklerisk.', ['Matteo Salvini -OPPOSES-> Italiens datatilsyn']],
    ['OPPOSES en calling without accusing', 'en', 'Sweden banned Huawei. Ericsson called the decision a turning point.', [], ['Ericsson -OPPOSES-> Sweden']],
    ['OPPOSES da kalde uden anklage', 'da', 'Sverige har forbudt Huawei. Ericsson kaldte beslutningen en milepæl.', [], ['Ericsson -OPPOSES-> Sweden']],
    // "The decision" is the act the text is about, not the last one it mentions in passing.
    ['OPPOSES da the text\'s own act', 'da', 'Canada forbyder Huawei i 5G-nettet. Canada har forbudt udstyr fra Huawei. Også New Zealand har forbudt Huawei. Kinas ambassade i Canada kaldte forbuddet et politisk motiveret skridt.', ['Embassy of China in Canada -OPPOSES-> Canada'], ['Embassy of China in Canada -OPPOSES-> New Zealand']],
    ['OPPOSES en the move is the first body\'s act of the text\'s state', 'en', 'The United States excluded Huawei. The Federal Communications Commission designated Huawei as a threat. Huawei was also hit by export restrictions announced by the Commerce Department in May. Beijing condemned the move.', ['China -OPPOSES-> Federal Communications Commission'], ['China -OPPOSES-> Commerce Department', 'China -OPPOSES-> United States']],
    ['OPPOSES da beslutningen is the body\'s, not the state\'s', 'da', 'Sverige udelukker Huawei. Den svenske telestyrelse PTS har besluttet at udelukke Huawei fra 5G-nettet. Huawei kritiserer beslutningen.', ['Huawei -OPPOSES-> Swedish Post and Telecom Authority'], ['Huawei -OPPOSES-> Sweden']],
    // A body's head noun alone after its full name.
    ['OPPOSES en the Commission after the European Commission', 'en', "The European Commission fined Apple. Apple accused the Commission of unfairly targeting the company, and the Commission's president disagreed.", ['Apple -OPPOSES-> European Commission']],
    ['OPPOSES en a quarrel between two bodies stays theirs', 'en', "The U.S. Commerce Department put firms from China on a list. China's Ministry of Commerce criticised the U.S. Commerce Department.", [], ['China -OPPOSES-> Commerce Department']],
  ];
  it.each(table)('%s', (_label, language, text, want, never = []) => {
    const got = rels(text, language);
    for (const w of want) expect(got).toContain(w);
    for (const n of never) expect(got).not.toContain(n);
  });
});
