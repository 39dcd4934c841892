// Rule families added for unseen text: coordinated and parenthetical subjects, body coreference,
// titles without a named body, stance towards an act, headquarters, customers, owners and lists
// with descriptors. Sentences written for these tests, in both languages.
import { relations } from '../fixtures/extract/helpers';

describe('stage 6: general grammar for unseen text', () => {
  // [label, text, relations that must be there]
  const table: [string, string, string[]][] = [
    // Coordinated subjects: every state of the subject acts.
    ['TARGETS en coordinated subject', 'Japan and India banned WeChat last year.', ['Japan -TARGETS-> WeChat', 'India -TARGETS-> WeChat']],
    ['TARGETS da coordinated subject', 'Sverige, Norge og Japan har lukket Huawei ude af deres net.', ['Sweden -TARGETS-> Huawei', 'Norway -TARGETS-> Huawei', 'Japan -TARGETS-> Huawei']],
    // A body coreferent with a state named before.
    ['TARGETS da "regeringen"', 'Sverige har længe tøvet med 5G. Derfor har regeringen sagt nej til Huawei.', ['Sweden -TARGETS-> Huawei']],
    ['TARGETS en "the government"', 'Japan reviewed its networks. In May the government barred ZTE.', ['Japan -TARGETS-> ZTE']],
    // The agent of a measure in the subject; a body's measure is its state's.
    ['TARGETS en agent in subject', 'India acted on Monday. The order, issued by the Ministry of Electronics and Information Technology, also shuts out Weibo.', ['Ministry of Electronics and Information Technology -TARGETS-> Weibo', 'India -TARGETS-> Weibo']],
    ['TARGETS en list on a list', 'In the United States, the Commerce Department put Huawei and ZTE on its Entity List.', ['Entity List -TARGETS-> Huawei', 'Commerce Department -TARGETS-> Huawei', 'United States -TARGETS-> ZTE']],
    ['TARGETS en descriptor list', 'India blocked TikTok, the file-sharing app SHAREit and the microblogging service Weibo.', ['India -TARGETS-> SHAREit', 'India -TARGETS-> Weibo']],
    ['TARGETS en genitive with words between', "India blocked ByteDance's hugely popular TikTok.", ['India -TARGETS-> TikTok']],
    // Titles: more words between title and name; a body named before; the text's state.
    ['HOLDS_ROLE da long title', 'Det oplyste Norges minister for digitalisering og forvaltning, Karianne Tung, fredag.', ['Karianne Tung -HOLDS_ROLE-> Norway']],
    ['HOLDS_ROLE en officer of the body named before', "China's Foreign Ministry rejected the claims. Spokesman Wang Wenbin said more.", ['Wang Wenbin -HOLDS_ROLE-> Chinese Foreign Ministry']],
    ['HOLDS_ROLE da officer of the body named before', 'Kinas udenrigsministerium svarede fredag. Talsperson Wang Wenbin sagde, at USA misbruger begrebet.', ['Wang Wenbin -HOLDS_ROLE-> Chinese Foreign Ministry', 'Wang Wenbin -OPPOSES-> United States']],
    ['HOLDS_ROLE en state title, text\'s state', 'Sweden excludes Huawei. "We act for security," Minister Anna Svensson said.', ['Anna Svensson -HOLDS_ROLE-> Sweden']],
    // Stance towards an act: its author.
    ['OPPOSES en the decision', 'Sweden banned Huawei on Tuesday. Huawei criticised the decision.', ['Huawei -OPPOSES-> Sweden']],
    ['OPPOSES da afgørelsen', 'Sverige udelukker Huawei fra 5G-nettet. Huawei kritiserede afgørelsen.', ['Huawei -OPPOSES-> Sweden']],
    ['OPPOSES en qualified act', 'Beijing criticised the US pressure as bullying.', ['China -OPPOSES-> United States']],
    ['OPPOSES en urged', "China's embassy urged Ottawa to stop the discrimination of Chinese firms; Canada banned Huawei.", []],
    ['SUPPORTS en welcomed the move', 'Canada banned Huawei on Thursday. The United States welcomed the move.', ['United States -SUPPORTS-> Canada']],
    ['SUPPORTS da hilste velkommen', 'Canada forbyder nu Huawei og ZTE i det canadiske 5G-net. USA hilste beslutningen velkommen, siger de.', ['United States -SUPPORTS-> Canada']],
    // Where a company is, who owns it, who buys from it.
    ['BASED_IN da headquarters', 'ASML, der har hovedsæde i Holland, sælger maskiner.', ['ASML -BASED_IN-> Netherlands']],
    ['BASED_IN en genitive state', "Washington blacklisted China's top chipmaker SMIC.", ['SMIC -BASED_IN-> China']],
    ['OWNS da subsidiary, not the adjective', 'Nexperia, der er et datterselskab af det kinesiske Wingtech, overtog fabrikken.', ['Wingtech -OWNS-> Nexperia']],
    ['OWNS en subsidiary', 'Huawei Marine, a subsidiary of Huawei, builds cables.', ['Huawei -OWNS-> Huawei Marine']],
    ['SUPPLIES da customers', "Ifølge avisen er Ericsson blandt Nokias kunder.", ['Nokia -SUPPLIES-> Ericsson']],
    ['SUPPLIES en customers', "Telia is one of Ericsson's biggest customers.", ['Ericsson -SUPPLIES-> Telia']],
    // Places an unknown name is in; a firm described by where it comes from.
    ['BASED_IN da unknown town after headquarters', 'Det hollandske selskab Philips, der har hovedsæde i Eindhoven, sælger scannere.', ['Philips -BASED_IN-> Eindhoven']],
    ['BASED_IN da relative clause subject', 'Nexperia, der er et datterselskab af Wingtech og har hovedsæde i Nijmegen, voksede.', ['Nexperia -BASED_IN-> Nijmegen']],
    ['BASED_IN+OWNS da described origin', 'Hefei Core Holdings er et statsejet selskab fra storbyen Hefei i det østlige Kina.', ['Hefei Core Holdings -BASED_IN-> China', 'China -OWNS-> Hefei Core Holdings']],
    ['BASED_IN da adjective over a plural list', 'Reglerne rammer koreanske leverandører som Samsung og SK Hynix.', ['Samsung Electronics -BASED_IN-> South Korea', 'SK Hynix -BASED_IN-> South Korea']],
    // A state qualifying the measure; where exported goods may not go.
    ['TARGETS da passive with qualifying state', 'Huawei, som allerede er underlagt amerikanske sanktioner, klager.', ['United States -TARGETS-> Huawei']],
    ['TARGETS en passive with qualifying state', 'ZTE, which is subject to US sanctions, appealed.', ['United States -TARGETS-> ZTE']],
    ['TARGETS da qualified measure', 'Britiske sanktioner mod Hikvision trådte i kraft.', ['United Kingdom -TARGETS-> Hikvision']],
    ['TARGETS en export destination', 'Japan restricted exports of chip tools to China.', ['Japan -TARGETS-> China']],
    ['TARGETS da destination in relative clause', 'Japan, der har indført licenskrav på salg af udstyr til Kina, har presset Sydkorea.', ['Japan -TARGETS-> China']],
    // A definite description of a firm named before.
    ['TARGETS da "den kinesiske telegigant"', 'ZTE sælger udstyr i Afrika. Sverige har besluttet at holde den kinesiske telegigant ude.', ['Sweden -TARGETS-> ZTE']],
    ['TARGETS en "the Chinese company"', 'ZTE sells handsets in Africa. Sweden has banned the Chinese company.', ['Sweden -TARGETS-> ZTE']],
    // The state acting through "its government"; removal from networks; approving a law; a stake.
    ['TARGETS da "den tyske regering" acts', 'Den tyske regering vil fjerne udstyr fra de kinesiske leverandører Huawei og ZTE.', ['Germany -TARGETS-> Huawei', 'Germany -TARGETS-> ZTE']],
    ['SUPPORTS da coordinated approvers', 'EU præsenterede forordningen AI Act i april. Europa-Parlamentet og Danmark godkendte forordningen i maj.', ['European Parliament -SUPPORTS-> AI Act', 'Denmark -SUPPORTS-> AI Act']],
    ['SUPPORTS en approved the law', 'The Commission proposed the Data Act in 2022. The European Parliament approved the law a year later.', ['European Parliament -SUPPORTS-> Data Act']],
    ['OWNS da share owned by', 'Det fælles selskab Nordchip ejes med 60 procent af Ericsson.', ['Ericsson -OWNS-> Nordchip']],
    // Products named by model; their makers.
    ['OWNS da model after genitive', 'Fundene gælder Oppos model Find X5 Pro.', ['Oppo -OWNS-> Find X5 Pro']],
    ['OWNS en product from maker', 'The review also covered the Galaxy S24 from Samsung.', ['Samsung Electronics -OWNS-> Galaxy S24']],
    ['HOLDS_ROLE da word between genitive and title', 'Det sagde Henna Virkkunen, Kommissionens ledende næstformand, fredag.', ['Henna Virkkunen -HOLDS_ROLE-> European Commission']],
    ['OPPOSES en denial after a relative clause', 'The United States banned ZTE. ZTE, which is based in Shenzhen and was founded in 1985, rejected the accusations.', ['ZTE -OPPOSES-> United States']],
    ['OPPOSES da afviste anklagerne', 'Sverige udelukker Huawei fra 5G-nettet. Huawei afviste anklagerne.', ['Huawei -OPPOSES-> Sweden']],
    // Whose customers: the firm in focus.
    ['SUPPLIES da "blandt kunderne"', 'For Nokia er Indien et stort marked. Blandt kunderne er teleselskabet Bharti Airtel.', ['Nokia -SUPPLIES-> Bharti Airtel']],
    // Ministers without a named state; heads of government.
    ['HOLDS_ROLE da state from "den franske regering"', 'Den franske regering greb ind. Forslaget kom fra ministeren for digitalisering, Jean Noël Barrot.', ['Jean Noël Barrot -HOLDS_ROLE-> France']],
    ['HOLDS_ROLE da government under', 'Beslutningen blev truffet af den spanske regering under Pedro Sánchez.', ['Pedro Sánchez -HOLDS_ROLE-> Spain']],
    ['HOLDS_ROLE en government led by', "Canada's government led by Justin Trudeau acted.", ['Justin Trudeau -HOLDS_ROLE-> Canada']],
  ];
  it.each(table)('%s', (_label, text, expected) => {
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });

  // [label, text, relations that must NOT be there]
  const negative: [string, string, string[]][] = [
    ['no state owner from a qualifying adjective', 'Fastweb, der ejes af schweiziske Swisscom, bruger Huawei.', ['Switzerland -OWNS-> Fastweb', 'Fastweb -BASED_IN-> Switzerland']],
    ['no target from soldiers', 'India banned TikTok. The ban came after Chinese soldiers clashed with Indian troops.', ['India -TARGETS-> China']],
    ['no role in the state of qualified firms', 'The blow was dealt to Chinese companies by the administration of President Joe Biden of the United States.', ['Joe Biden -HOLDS_ROLE-> China']],
    ['a stated role beats the text\'s state', "Sweden acts. USA's udenrigsminister, Mike Pompeo, og udenrigsminister Mike Pompeo.", ['Mike Pompeo -HOLDS_ROLE-> Sweden']],
    ['a noun before a name does not refer back', 'ZTE sælger udstyr. Sverige forbyder nu det kinesiske selskab Hikvision.', ['Sweden -TARGETS-> ZTE']],
    ['a denial with no measure reported opposes no one', 'Danmark og Kina har gode forbindelser. Huawei afviser anklagerne.', ['Huawei -OPPOSES-> Denmark']],
    ['a purchase is no ownership', 'Trump kræver penge for at godkende Microsofts køb af TikTok.', ['Microsoft -OWNS-> TikTok']],
    ['a place after a preposition is not bought', 'Nexperia, der ejes af Wingtech, overtog fabrikken i Wales.', ['Wingtech -ACQUIRES-> Wales', 'Nexperia -ACQUIRES-> Wales']],
    ['a relative clause does not lend its subject', 'Det kinesiske selskab Wingtech, der ejer Nexperia, har hovedsæde i Jiaxing.', ['Nexperia -BASED_IN-> Jiaxing']],
    ['an acronym before a hyphenated noun is no exporter target', 'USA, der indførte restriktioner på salg af chips til Kina, har presset Holland.', ['United States -TARGETS-> Netherlands']],
  ];
  it.each(negative)('%s', (_label, text, unexpected) => {
    const rels = relations(text);
    for (const r of unexpected) expect(rels).not.toContain(r);
  });
});
