import { relations, run } from '../fixtures/extract/helpers';

describe('stage 6: relations, one family at a time', () => {
  // [text, relations that must be there]
  const table: [string, string, string[]][] = [
    ['HOLDS_ROLE da', 'Kinas udenrigsminister, Wang Yi, afviste kritikken.', ['Wang Yi -HOLDS_ROLE-> China']],
    ['HOLDS_ROLE en', 'The United States Secretary of State Mike Pompeo spoke on Tuesday.', ['Mike Pompeo -HOLDS_ROLE-> United States']],
    ['HOLDS_ROLE en, after the name', '"We will act," Mike Pompeo, the US Secretary of State, said.', ['Mike Pompeo -HOLDS_ROLE-> United States']],
    ['BASED_IN da', 'Kontrakten gik til svenske Ericsson frem for kinesiske Huawei.', ['Ericsson -BASED_IN-> Sweden', 'Huawei -BASED_IN-> China']],
    ['BASED_IN da list', 'Det rammer kinesiske selskaber som Alibaba, Baidu og Tencent.', ['Alibaba -BASED_IN-> China', 'Baidu -BASED_IN-> China', 'Tencent -BASED_IN-> China']],
    ['BASED_IN en', 'Finnish equipment maker Nokia won the deal.', ['Nokia -BASED_IN-> Finland']],
    ['BASED_IN + OWNS en', 'China Telecom, a Chinese state-owned carrier, denied the claims.', ['China Telecom -BASED_IN-> China', 'China -OWNS-> China Telecom']],
    ['SUPPLIES da', 'Telia har valgt Nokia som sin leverandør af 5G-udstyr.', ['Nokia -SUPPLIES-> Telia']],
    ['SUPPLIES en', 'Vodafone chose Ericsson as its supplier for the new network.', ['Ericsson -SUPPLIES-> Vodafone']],
    ['ACQUIRES da', 'Microsoft er i forhandlinger om at købe TikTok.', ['Microsoft -ACQUIRES-> TikTok']],
    ['ACQUIRES en', 'Microsoft is in talks to buy TikTok from its owner.', ['Microsoft -ACQUIRES-> TikTok']],
    ['ANNOUNCED da passive', 'Clean Network blev præsenteret af Mike Pompeo onsdag.', ['Mike Pompeo -ANNOUNCED-> Clean Network']],
    ['ANNOUNCED en', 'The State Department announced the Clean Network program on Wednesday.', ['State Department -ANNOUNCED-> Clean Network']],
    ['PART_OF en list', 'The Green Data Initiative has three tracks: the Secure Cloud Programme, the Open Cable Programme and the Safe App Programme.',
      ['Secure Cloud Programme -PART_OF-> Green Data Initiative', 'Open Cable Programme -PART_OF-> Green Data Initiative', 'Safe App Programme -PART_OF-> Green Data Initiative']],
    ['PART_OF da list', 'Den nye Grøn Data-ordning har tre spor: Sikker Sky-ordningen, Åben Kabel-ordningen og Tryg App-ordningen.',
      ['Sikker Sky -PART_OF-> Grøn Data', 'Åben Kabel -PART_OF-> Grøn Data', 'Tryg App -PART_OF-> Grøn Data']],
    ['PART_OF gazetteer', 'The State Department in the United States spoke.', ['State Department -PART_OF-> United States']],
    ['TARGETS en actor', 'India banned TikTok and WeChat on Monday.', ['India -TARGETS-> TikTok', 'India -TARGETS-> WeChat']],
    ['TARGETS da actor', 'Indien forbyder TikTok og WeChat.', ['India -TARGETS-> TikTok', 'India -TARGETS-> WeChat']],
    ['TARGETS en measure', 'The Clean Network aims to block Huawei from American networks.', ['Clean Network -TARGETS-> Huawei']],
    ['TARGETS da measure', 'Med Clean Network vil USA annullere China Telecoms licenser.', ['Clean Network -TARGETS-> China Telecom']],
    ['TARGETS en passive', 'TikTok, which has faced a ban in India, is popular.', ['India -TARGETS-> TikTok']],
    ['OPPOSES da', 'Kina kritiserer Clean Network og siger, at planen er et angreb på kinesiske selskaber.', ['China -OPPOSES-> Clean Network']],
    ['PART_OF da, embassy', 'Ruslands ambassade i Sverige afviser kritikken.', ['Embassy of Russia in Sweden -PART_OF-> Russia']],
    ['OPPOSES en', 'China criticised the Clean Network on Friday.', ['China -OPPOSES-> Clean Network']],
    ['OPPOSES en, accusing speech', '"Huawei is a threat to our security," Mike Pompeo said.', ['Mike Pompeo -OPPOSES-> Huawei']],
    ['OPPOSES da, accusing speech', 'Huawei er en trussel mod vores sikkerhed, siger Mike Pompeo.', ['Mike Pompeo -OPPOSES-> Huawei']],
    ['SUPPORTS en', 'Denmark joined the Clean Network in 2020.', ['Denmark -SUPPORTS-> Clean Network']],
    ['SUPPORTS da', 'Danmark tilslutter sig Clean Network.', ['Denmark -SUPPORTS-> Clean Network']],
    ['OWNS en', "India banned ByteDance's TikTok.", ['ByteDance -OWNS-> TikTok']],
  ];
  it.each(table)('%s', (_label, text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  it('resolves "he" and "the programme" to recent entities', () => {
    const rels = relations('Mike Pompeo spoke on Monday. He said China criticised the Clean Network. The programme was announced by him.');
    expect(rels).toEqual(expect.arrayContaining(['China -OPPOSES-> Clean Network']));
    const da = relations('Clean Network er en ny plan. Planen blev præsenteret af Mike Pompeo, og han er glad.');
    expect(da).toContain('Mike Pompeo -ANNOUNCED-> Clean Network');
  });

  it('does not invent relations the sentence does not state', () => {
    expect(relations('Microsoft and TikTok both have offices in Dublin.')).not.toEqual(expect.arrayContaining(['Microsoft -ACQUIRES-> TikTok']));
    expect(relations('Amerikanerne beskylder Huawei for spionage.')).not.toContain('Huawei -BASED_IN-> United States');
    expect(relations('Huawei afviser at have samarbejdet med den kinesiske stat.')).not.toContain('Huawei -OPPOSES-> China');
  });

  it('keeps only relations the ontology allows and gives each a confidence in [0, 1]', () => {
    const x = run('Mike Pompeo siger, at TikTok og andre kinesiske apps - som WeChat - er trusler, og at Huawei er værktøjer for CCP.');
    for (const r of x.relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    // TikTok is a product here: a person cannot OPPOSE a product
    const names = new Map(x.entities.map((e) => [e.id, e]));
    expect(x.relations.filter((r) => r.predicate === 'OPPOSES' && names.get(r.object)?.type === 'Product')).toEqual([]);
  });
});

describe('stage 6: relations stated across clauses and in marked word order', () => {
  it('reads "it" as the subject the text was just talking about', () => {
    expect(relations('The Commerce Department met on Monday. It said it would ban Huawei from American networks.'))
      .toContain('Commerce Department -TARGETS-> Huawei');
    expect(relations('Sweden reviewed its networks in 2020, and it later excluded ZTE.')).toContain('Sweden -TARGETS-> ZTE');
  });

  // [label, text, relations that must be there, relations that must not]
  const marked: [string, string, string[], string[]][] = [
    ['TARGETS da, subject after the verb (V2)', 'Danmark er et lille land. I dag udelukker den danske regering Huawei fra 5G-nettet.', ['Denmark -TARGETS-> Huawei'], []],
    ['TARGETS da, named subject after the verb', 'Nu forbyder Sverige TikTok på statens telefoner.', ['Sweden -TARGETS-> TikTok'], []],
    ['TARGETS da, no V2 when a subject precedes the verb', 'Huawei udelukker nu Sverige og Norge fra sine planer for Europa.', [], ['Sweden -TARGETS-> Norway']],
    ['TARGETS da, a state owning the measure', 'USA\'s forbud mod Huawei trådte i kraft i maj.', ['United States -TARGETS-> Huawei'], []],
    ['TARGETS en, a state owning the measure', "China's new curbs on Micron took effect on Monday.", ['China -TARGETS-> Micron Technology'], []],
    ['TARGETS da, "de to kinesiske selskaber" refers back to firms, not to China', 'Huawei og ZTE er nævnt i rapporten. Sverige vil nu udelukke de to kinesiske selskaber fra nettet.', [], ['Sweden -TARGETS-> China']],
    ['TARGETS da, actor a relative clause hangs on', 'Beslutningen kommer efter pres fra USA, der indførte restriktioner på salg af chips til Kina.', ['United States -TARGETS-> China'], []],
    ['TARGETS da, a far sentence-opening subject', 'Italien har en ny lov. Regeringen under premierminister Mario Draghi har brugt de nye regler til at forbyde Huawei at købe selskabet.', ['Italy -TARGETS-> Huawei'], []],
    ['TARGETS en, a far sentence-opening subject', 'Italy passed a new law. The government of Prime Minister Mario Draghi has used the new rules to block Huawei from buying the company.', ['Italy -TARGETS-> Huawei'], []],
    ['TARGETS da, passive with a definite description and its agent', 'Huawei er et kinesisk selskab. Selskabet blev udelukket af Sverige i 2020.', ['Sweden -TARGETS-> Huawei'], []],
    ['TARGETS en, passive with a definite description and its agent', 'Huawei is a Chinese firm. The company was banned by the FCC in 2020.', ['Federal Communications Commission -TARGETS-> Huawei'], []],
    ['TARGETS en, "hit by" a measure announced by a body', 'Huawei was also hit by new export restrictions announced by the Commerce Department in May.', ['Commerce Department -TARGETS-> Huawei'], []],
    ['TARGETS da, "ramt af" a measure', 'Huawei blev også ramt af nye eksportrestriktioner fra det amerikanske handelsministerium.', ['Commerce Department -TARGETS-> Huawei'], []],
    ['TARGETS en, designated as a threat', 'The FCC formally designated Huawei and ZTE as threats to national security.', ['Federal Communications Commission -TARGETS-> Huawei', 'Federal Communications Commission -TARGETS-> ZTE'], []],
    ['TARGETS da, declared a threat', 'Den amerikanske telestyrelse FCC erklærede i 2020 Huawei og ZTE for en trussel mod den nationale sikkerhed.', ['Federal Communications Commission -TARGETS-> Huawei', 'Federal Communications Commission -TARGETS-> ZTE'], []],
    ['TARGETS da, idiom "strammer grebet om"', 'Nederlandene strammer nu grebet om ASML.', ['Netherlands -TARGETS-> ASML'], []],
    ['TARGETS da, idiom "slår ned på"', 'Den svenske regering slår nu ned på TikTok.', ['Sweden -TARGETS-> TikTok'], []],
    ['TARGETS en, "cracked down on", "acted against"', 'The FCC cracked down on ZTE on Monday. The Commerce Department said it acted against SMIC.', ['Federal Communications Commission -TARGETS-> ZTE', 'Commerce Department -TARGETS-> SMIC'], []],
    ['OPPOSES da, the owner of a noun of stance', 'Kinas skarpe kritik af Holland kom prompte efter beslutningen.', ['China -OPPOSES-> Netherlands'], []],
    ['OPPOSES en, the owner of a noun of stance', "China's sharp criticism of Huawei came quickly.", ['China -OPPOSES-> Huawei'], []],
    ['OPPOSES da, subject after the verb (V2)', 'Fredag kritiserede Kinas udenrigsministerium Holland for at følge USA.', ['Chinese Foreign Ministry -OPPOSES-> Netherlands'], ['Netherlands -OPPOSES-> United States']],
    ['OPPOSES da, V2 after a subordinate clause', 'Da beslutningen blev kendt, kritiserede Kina Holland i skarpe vendinger.', ['China -OPPOSES-> Netherlands'], []],
    ['OPPOSES da, a decision a state qualifies', 'I går kritiserede Kina den hollandske beslutning om ASML.', ['China -OPPOSES-> Netherlands'], ['China -OPPOSES-> ASML']],
    ['SUPPLIES da, coordinated customers of a chosen vendor', 'De britiske teleselskaber BT og Vodafone, der begge bruger Huawei som leverandør, har advaret om forsinkelser.', ['Huawei -SUPPLIES-> BT Group', 'Huawei -SUPPLIES-> Vodafone'], []],
    ['SUPPLIES en, coordinated vendors chosen', 'Telia has chosen Ericsson and Nokia as suppliers for its new network.', ['Ericsson -SUPPLIES-> Telia', 'Nokia -SUPPLIES-> Telia'], []],
    ['SUPPLIES da, coordinated customers of a verb', 'Ericsson sælger udstyr til TDC og Telia.', ['Ericsson -SUPPLIES-> TDC', 'Ericsson -SUPPLIES-> Telia'], []],
    ['SUPPLIES en, firms that sell goods to a firm', 'The rules could hurt equipment makers such as Applied Materials, Lam Research and KLA, which sell tools to SMIC.',
      ['Applied Materials -SUPPLIES-> SMIC', 'Lam Research -SUPPLIES-> SMIC', 'KLA -SUPPLIES-> SMIC'], []],
    ['SUPPLIES en, selling a business is no supply', 'ByteDance agreed to sell TikTok to Oracle last year.', [], ['ByteDance -SUPPLIES-> Oracle']],
    ['OPPOSES en, describing the act as unfair', 'India banned TikTok on Monday. Kremlin spokesman Dmitry Peskov described the move as a textbook case of unfair competition.', ['Dmitry Peskov -OPPOSES-> India'], []],
    ['OPPOSES da, calling the decision unfair', 'Sverige udelukker Huawei fra 5G-nettet. Kinas udenrigsministerium betegnede beslutningen som urimelig og diskriminerende.', ['Chinese Foreign Ministry -OPPOSES-> Sweden'], []],
    ['OPPOSES da, labelled high-risk', 'Europa-Kommissionen betegnede sidste år Huawei og ZTE som højrisikoleverandører.', ['European Commission -OPPOSES-> Huawei', 'European Commission -OPPOSES-> ZTE'], []],
    ['OPPOSES en, labelled high-risk', 'The European Commission last year labelled Huawei and ZTE as high-risk suppliers.', ['European Commission -OPPOSES-> Huawei', 'European Commission -OPPOSES-> ZTE'], []],
    ['TARGETS en, the author of a measure reported just before', 'The Biden administration on Thursday barred Kaspersky Lab from selling its software in the United States. The ban was issued by the Commerce Department\'s Bureau of Industry and Security.',
      ['Bureau of Industry and Security -TARGETS-> Kaspersky'], []],
    ['TARGETS da, the author of a measure reported just before', 'Sverige har udelukket Huawei og ZTE fra 5G-nettet. Forbuddet blev udstedt af den svenske telestyrelse PTS.',
      ['Swedish Post and Telecom Authority -TARGETS-> Huawei', 'Swedish Post and Telecom Authority -TARGETS-> ZTE'], []],
    ['TARGETS en, no author for a measure reported long before', 'India banned TikTok in June. Users were upset. Prices rose. Analysts waited. The ban was issued by the Ministry of Electronics and Information Technology.',
      [], ['Ministry of Electronics and Information Technology -TARGETS-> TikTok']],
    ['TARGETS da, "den daværende regering" inside a particle verb', 'Italien har nye regler. Sidste år sagde den daværende regering nej til, at Fastweb kunne købe udstyr fra Huawei.', ['Italy -TARGETS-> Fastweb'], []],
    ['TARGETS da, "den nye regering" refers back to the state', 'Italien har nye regler. Den nye regering vil forbyde TikTok.', ['Italy -TARGETS-> TikTok'], []],
    ['TARGETS da, "lukker regeringen Huawei ude": the noun before a firm\'s name is a party of its own', 'Danmark har nye regler. I dag lukker regeringen Huawei ude af 5G-nettet.', ['Denmark -TARGETS-> Huawei'], []],
    ['TARGETS da, "den svenske regering" is Sweden, not the state named before', 'Danmark har nye regler. Den svenske regering vil forbyde TikTok.', ['Sweden -TARGETS-> TikTok'], ['Denmark -TARGETS-> TikTok']],
    ['OPPOSES da, described as a threat', 'Sverige har en ny rapport. Säpo beskrev i sin vurdering Kina som en af de største trusler mod Sverige.', ['Swedish Security Service -OPPOSES-> China'], []],
    ['OPPOSES en, described as a threat', 'Britain published a report on Monday. MI5 described Russia as the most acute threat to the country.', ['MI5 -OPPOSES-> Russia'], []],
    ['OPPOSES da, calling the decision disappointing', 'Storbritannien udelukker Huawei fra 5G-nettet. Huawei kalder beslutningen skuffende.', ['Huawei -OPPOSES-> United Kingdom'], []],
    ['OPPOSES en, calling the decision disappointing', 'The UK banned Huawei on Tuesday. Huawei called the decision disappointing.', ['Huawei -OPPOSES-> United Kingdom'], []],
    ['BASED_IN en, the owners named with the products of firms a nationality qualifies', "India has blocked apps developed by Chinese firms, including ByteDance's hugely popular TikTok and Tencent's messaging app WeChat.",
      ['ByteDance -BASED_IN-> China', 'Tencent -BASED_IN-> China'], []],
    ['BASED_IN da, the owners named with the products', 'Det rammer kinesiske apps som ByteDances TikTok og Tencents WeChat.', ['ByteDance -BASED_IN-> China', 'Tencent -BASED_IN-> China'], []],
    ['SUPPORTS da, the decision welcomed is another\'s than the speaker\'s own joint act', 'Canada udelukker Huawei fra 5G-nettet. USA, Storbritannien og Australien har allerede lukket Huawei ude af deres net. Washington hilste beslutningen velkommen.',
      ['United States -SUPPORTS-> Canada'], ['United States -SUPPORTS-> Australia']],
    ['SUPPORTS en, the decision welcomed is another\'s than the speaker\'s own', 'Canada banned Huawei on Thursday. The United States banned ZTE in 2019. Washington welcomed the decision.',
      ['United States -SUPPORTS-> Canada'], []],
    ['OPPOSES da, a verb coordinated after a that-clause shares the main subject', 'Kinas handelsministerium reagerede prompte. Ministeriet meddelte, at Kina er imod beslutningen, og opfordrede Holland til ikke at misbruge eksportkontrol.',
      ['Chinese Ministry of Commerce -OPPOSES-> Netherlands'], []],
    ['TARGETS en, a verb coordinated after a that-clause shares the main subject', 'The Commerce Department said that Huawei posed a risk, and banned ZTE from American networks.',
      ['Commerce Department -TARGETS-> ZTE'], []],
    ['SUPPLIES en, an apposition is no second customer', 'ByteDance, the Chinese owner of TikTok, has picked Oracle as its technology partner in the United States.',
      ['Oracle -SUPPLIES-> ByteDance'], ['Oracle -SUPPLIES-> China']],
    ['SUPPLIES da, a firm using a vendor\'s goods', 'BT og Vodafone har Huawei-udstyr i deres net, og Telia bruger i dag udstyr fra Nokia.',
      ['Huawei -SUPPLIES-> BT Group', 'Huawei -SUPPLIES-> Vodafone', 'Nokia -SUPPLIES-> Telia'], []],
    ['SUPPLIES en, a firm using a vendor\'s goods', 'Telenor uses Ericsson equipment in its core network.', ['Ericsson -SUPPLIES-> Telenor'], []],
    ['SUPPLIES da, a state is no customer for having goods', 'Sverige har Huawei-udstyr i mange net.', [], ['Huawei -SUPPLIES-> Sweden']],
    ['TARGETS en, a measure noun with its author after the object', 'The ban on Huawei by the United States took effect in May.', ['United States -TARGETS-> Huawei'], []],
    ['TARGETS da, a measure noun with its author after the object', 'Forbuddet mod Huawei blev indført af USA i 2019.', ['United States -TARGETS-> Huawei'], []],
    ['TARGETS en, coordinated passive patients', 'Huawei and ZTE were excluded from the network by Sweden.', ['Sweden -TARGETS-> Huawei', 'Sweden -TARGETS-> ZTE'], []],
    ['TARGETS da, coordinated passive patients', 'Huawei og ZTE blev i 2020 udelukket fra 5G-nettet af Sverige.', ['Sweden -TARGETS-> Huawei', 'Sweden -TARGETS-> ZTE'], []],
    ['TARGETS en, the owner of the decision acts, not the one protesting', "China protested against Sweden's decision to exclude Huawei.", ['Sweden -TARGETS-> Huawei', 'China -OPPOSES-> Sweden'], ['China -TARGETS-> Huawei']],
    ['TARGETS da, the owner of the decision acts, not the one protesting', 'Kina har protesteret mod Sveriges beslutning om at udelukke Huawei.', ['Sweden -TARGETS-> Huawei', 'China -OPPOSES-> Sweden'], ['China -TARGETS-> Huawei']],
    ['ACQUIRES en, passive: the buyer follows "by"', 'Arm was bought by SoftBank in 2016.', ['SoftBank Group -ACQUIRES-> Arm'], ['Arm -ACQUIRES-> SoftBank Group']],
    ['ACQUIRES da, passive: the buyer follows "af"', 'Arm blev købt af Nvidia i 2021.', ['Nvidia -ACQUIRES-> Arm'], ['Arm -ACQUIRES-> Nvidia']],
    ['ACQUIRES da, subject after the verb (V2)', 'I 2016 købte SoftBank Arm.', ['SoftBank Group -ACQUIRES-> Arm'], []],
    ['ANNOUNCED da, subject after the verb (V2)', 'USA har en ny plan. Onsdag udvidede det amerikanske udenrigsministerium sit Clean Network-program.', ['State Department -ANNOUNCED-> Clean Network'], []],
    ['ANNOUNCED da, "regeringen" before a policy\'s name refers back', 'Danmark har en ny plan. I dag præsenterer regeringen Clean Network for Folketinget.', ['Denmark -ANNOUNCED-> Clean Network'], []],
    ['OPPOSES en, passive with its agent', 'Sweden excluded Huawei. The decision was criticised by China.', ['China -OPPOSES-> Sweden'], []],
    ['OPPOSES da, passive with its agent', 'Sverige udelukker Huawei. Beslutningen blev kritiseret af Kina.', ['China -OPPOSES-> Sweden'], []],
    ['OPPOSES en, a noun of stance and its holder', 'Sweden excluded Huawei. The move drew criticism from Beijing.', ['China -OPPOSES-> Sweden'], []],
    ['OPPOSES da, a noun of stance and its holder', 'Sverige udelukker Huawei. Beslutningen mødte kritik fra Kina.', ['China -OPPOSES-> Sweden'], []],
    ['SUPPORTS en, passive with its agents', 'The Clean Network is backed by Denmark and Sweden.', ['Denmark -SUPPORTS-> Clean Network', 'Sweden -SUPPORTS-> Clean Network'], []],
    ['SUPPORTS da, passive with its agent', 'Clean Network bakkes op af Danmark.', ['Denmark -SUPPORTS-> Clean Network'], []],
    ['SUPPORTS da, a noun of stance and its holders', 'Clean Network har fået opbakning fra Danmark og Sverige.', ['Denmark -SUPPORTS-> Clean Network', 'Sweden -SUPPORTS-> Clean Network'], []],
    ['SUPPORTS en, "hit back" is no backing', 'Sweden excluded Huawei. China hit back, accusing Sweden of bias.', ['China -OPPOSES-> Sweden'], ['China -SUPPORTS-> Sweden']],
    ['TARGETS en, "the ban" refers back to the measure just reported', 'Sweden excluded Huawei from its 5G network. The ban also covers ZTE.', ['Sweden -TARGETS-> ZTE'], []],
    ['TARGETS da, "forbuddet" refers back to the measure just reported', 'Sverige udelukker Huawei fra 5G-nettet. Forbuddet omfatter også ZTE.', ['Sweden -TARGETS-> ZTE'], []],
    ['TARGETS en, a measure with its own actor is not carried over', 'Sweden excluded Huawei from its 5G network. Britain\'s ban on ZTE came later.', ['United Kingdom -TARGETS-> ZTE'], ['Sweden -TARGETS-> ZTE']],
    ['TARGETS en, no carrying over from far back', 'Sweden excluded Huawei in 2020. Operators complained. Prices rose. Analysts waited. The ban also covers ZTE.', [], ['Sweden -TARGETS-> ZTE']],
    ['TARGETS da, "regeringen i København" is the state named after it', 'Regeringen i København har bandlyst TikTok, WeChat og Weibo fra ministeriernes telefoner.',
      ['Denmark -TARGETS-> TikTok', 'Denmark -TARGETS-> WeChat', 'Denmark -TARGETS-> Weibo'], []],
    ['TARGETS da, V2 subject inside "satte … en stopper for"', 'Danmark har længe overvejet det. I marts satte regeringen en stopper for brugen af TikTok.', ['Denmark -TARGETS-> TikTok'], []],
    ['TARGETS en, a comparison between commas is not the subject', 'Canada, like the US, has barred Huawei and ZTE.', ['Canada -TARGETS-> Huawei', 'Canada -TARGETS-> ZTE'], ['United States -TARGETS-> Huawei']],
    ['SUPPLIES da, a fellow vendor is no customer', 'Huawei og ZTE må ikke længere levere udstyr til de svenske 5G-net, har PTS besluttet.', [], ['ZTE -SUPPLIES-> Huawei']],
    ['SUPPLIES en, the body reporting after a comma is no customer', 'Huawei and ZTE can no longer supply equipment to Swedish 5G networks, the regulator PTS said.',
      [], ['Huawei -SUPPLIES-> Swedish Post and Telecom Authority']],
    ['TARGETS en, a definite description added to a named list', 'Huawei is under pressure. The company was added to the Entity List in 2019.', ['Entity List -TARGETS-> Huawei'], []],
    ['TARGETS da, put on a list', 'Kina har svaret igen. Kinas handelsministerium har sat det amerikanske selskab Skydio på sin liste over upålidelige enheder.',
      ['Chinese Ministry of Commerce -TARGETS-> Skydio'], []],
    ['OWNS en, "export controls" is no owning', 'The Netherlands introduced export controls that hit ASML.', [], ['Netherlands -OWNS-> ASML']],
    ['TARGETS en, a firm the goods may not reach', 'The US halted exports to Huawei.', ['United States -TARGETS-> Huawei'], []],
    ['TARGETS da, a firm the goods may not reach', 'USA har indført restriktioner på salg af chips til Huawei.', ['United States -TARGETS-> Huawei'], []],
    ['TARGETS en, suspended', 'The FCC suspended China Telecom on Monday.', ['Federal Communications Commission -TARGETS-> China Telecom'], []],
    ['TARGETS da, standset', 'Regeringen i Oslo har standset Huaweis arbejde på nettet.', ['Norway -TARGETS-> Huawei'], []],
    ['OPPOSES en, speech accusing the act just reported', 'Sweden excluded Huawei on Tuesday. Huawei said the ban was politically motivated.', ['Huawei -OPPOSES-> Sweden'], []],
    ['OPPOSES da, speech accusing the act just reported', 'Sverige udelukker Huawei fra 5G-nettet. Forbuddet er politisk motiveret, siger Huawei.', ['Huawei -OPPOSES-> Sweden'], []],
    ['ACQUIRES en, the subject before an apposition buys', 'Nexperia, a subsidiary of Chinese firm Wingtech, bought Newport Wafer Fab.', ['Wingtech -OWNS-> Nexperia'], ['Wingtech -ACQUIRES-> Nexperia']],
    ['ACQUIRES da, a noun of buying is not passive', 'Microsofts planlagte køb af TikTok faldt til jorden.', ['Microsoft -ACQUIRES-> TikTok'], ['TikTok -ACQUIRES-> Microsoft']],
    ['ACQUIRES en, a noun of buying with its buyer after the object', 'The acquisition of Arm by Nvidia collapsed.', ['Nvidia -ACQUIRES-> Arm'], []],
    ['ACQUIRES da, passive after "blive"', 'TikTok kan ende med at blive købt af Oracle.', ['Oracle -ACQUIRES-> TikTok'], []],
    ['TARGETS en, the firm a genitive inside the phrase owns', "The FCC formally designated China's Huawei and ZTE as threats to national security.",
      ['Federal Communications Commission -TARGETS-> Huawei'], ['Federal Communications Commission -TARGETS-> China']],
  ];
  it.each(marked)('%s', (_label, text, present, absent) => {
    const rels = relations(text);
    expect(rels).toEqual(expect.arrayContaining(present));
    for (const r of absent) expect(rels).not.toContain(r);
  });

  it('reads "it" after a definite description as that description', () => {
    expect(relations('Sweden excluded Huawei on Tuesday. The company said it opposed the decision.')).toContain('Huawei -OPPOSES-> Sweden');
  });

  it('leaves an empty "it" and a distant one alone', () => {
    expect(relations('The Commerce Department met on Monday. It is unclear whether Huawei will be banned.'))
      .not.toContain('Commerce Department -TARGETS-> Huawei');
    expect(relations('The Commerce Department met on Monday. Reporters waited outside. Nobody spoke. It banned Huawei.'))
      .not.toContain('Commerce Department -TARGETS-> Huawei');
  });
});
