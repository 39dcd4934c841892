// Session 14 (S) stance rules: each on sentences written for it, in both languages where it applies, with a case
// where it must not fire.
import { relations } from '../fixtures/extract/helpers';

const opposes = (text: string) => relations(text).filter((r) => r.includes('-OPPOSES->'));

describe('"oplyser", "meddelte", "insisted" give a stance its speaker like "siger"', () => {
  it('da: a firm informing that the measure against it is unfair opposes its author', () => {
    expect(opposes('Texas har forbudt Nokias telefoner. Selskabet oplyser, at forbuddet er urimeligt.')).toContain('Nokia -OPPOSES-> Texas');
    expect(opposes('Texas har forbudt Nokias telefoner. Nokia meddelte, at forbuddet er diskriminerende.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('en: "insisted", "stressed"', () => {
    expect(opposes('Texas banned Nokia phones in May. The company insisted that the ban was unfair and discriminatory.')).toContain('Nokia -OPPOSES-> Texas');
  });
  it('not a statement with no charge in it', () => {
    expect(opposes('Texas har forbudt Nokias telefoner. Selskabet oplyser, at det vil sælge flere telefoner i Europa.')).toEqual([]);
  });
  it('a body reporting a measure far back does not act it for that (the target rules do not read these verbs)', () => {
    const far = relations('Den norske regering forbyder salget af værftet til Huawei. Regeringen vil beskytte landets sikkerhed. Værftet ligger i Bergen. Salget var aftalt i foråret. Det oplyser Nærings- og fiskeridepartementet.');
    expect(far).not.toContain('Ministry of Trade, Industry and Fisheries -TARGETS-> Huawei');
  });
});

describe('a verb of opposition joined by "and"/"og" to a sentence that opened on its subject, past a relative clause', () => {
  it('en: "China has criticised the countries that …, and accused Sweden of …"', () => {
    expect(opposes('China has repeatedly criticised the European countries that shut out Chinese suppliers, and accused Sweden of discriminating against Chinese companies.')).toContain('China -OPPOSES-> Sweden');
  });
  it('da: "Kina har kritiseret de lande, der …, og beskyldte Sverige for …"', () => {
    expect(opposes('Kina har gentagne gange kritiseret de europæiske lande, der lukker kinesiske leverandører ude, og beskyldte i sin tid Sverige for at diskriminere kinesiske virksomheder.')).toContain('China -OPPOSES-> Sweden');
  });
  it('not when the joined clause names its own subject', () => {
    const rels = opposes('China has repeatedly criticised the European countries that shut out Chinese suppliers, and Norway accused Sweden of discriminating against Chinese companies.');
    expect(rels).toContain('Norway -OPPOSES-> Sweden');
    expect(rels).not.toContain('China -OPPOSES-> Sweden');
  });
});

describe('a firm\'s officer who opposes speaks for the firm', () => {
  it('en: "Nokia\'s chief legal officer, X, slammed the decision"', () => {
    expect(opposes('The European Commission fined Nokia on Wednesday for breaching the rules. Nokia\'s chief legal officer, John Smith, slammed the decision and said it was unfair.')).toContain('Nokia -OPPOSES-> European Commission');
  });
  it('da: "Nokias juridiske direktør, X, kritiserede afgørelsen"', () => {
    expect(opposes('Europa-Kommissionen gav onsdag Nokia en bøde for at bryde reglerne. Nokias juridiske direktør, John Smith, kritiserede afgørelsen og kaldte den urimelig.')).toContain('Nokia -OPPOSES-> European Commission');
  });
  it('not a founder, who speaks for themself', () => {
    const rels = opposes('The European Commission fined Nokia on Wednesday for breaching the rules. Nokia founder John Smith slammed the decision and said it was unfair.');
    expect(rels).toContain('John Smith -OPPOSES-> European Commission');
    expect(rels).not.toContain('Nokia -OPPOSES-> European Commission');
  });
});

describe('"pushed back", "slog tilbage": a firm answering the measure against it, only with nothing after the verb', () => {
  it('en: "Nokia pushed back."', () => {
    expect(opposes('Albania banned Nokia phones on Saturday after a long dispute. Nokia pushed back.')).toContain('Nokia -OPPOSES-> Albania');
  });
  it('da: "Nokia slog tilbage.", "Selskabet tog til genmæle."', () => {
    expect(opposes('Albanien har forbudt Nokias telefoner efter en lang strid med selskabet. Nokia slog tilbage.')).toContain('Nokia -OPPOSES-> Albania');
    expect(opposes('Albanien har forbudt Nokias telefoner efter en lang strid med selskabet. Selskabet tog til genmæle.')).toContain('Nokia -OPPOSES-> Albania');
  });
  it('not "pushed back" a date', () => {
    expect(opposes('Albania banned Nokia phones on Saturday after a long dispute. Nokia pushed back the launch of its new phone.')).toEqual([]);
  });
});

describe('plural nouns of a measure name the act its author took ("the state bans", "the rulings", "undersøgelserne")', () => {
  it('en: "called the wave of state bans misguided", "called the rulings unfair"', () => {
    expect(opposes('Virginia Governor Glenn Youngkin on Friday banned Nokia phones from state devices. Nokia has called the wave of state bans misguided.')).toContain('Nokia -OPPOSES-> Virginia');
    expect(opposes('The European Commission fined Nokia twice in March. Nokia called the rulings unfair and politically motivated.')).toContain('Nokia -OPPOSES-> European Commission');
  });
  it('da: "kalder undersøgelserne urimelige"', () => {
    expect(opposes('Kommissionen har indledt to undersøgelser af Nokia. Nokia kalder undersøgelserne urimelige og politisk motiverede.')).toContain('Nokia -OPPOSES-> European Commission');
  });
  it('not a plural noun with no word of stance', () => {
    expect(opposes('The European Commission fined Nokia twice in March. Nokia said the rulings would be published in May.')).toEqual([]);
  });
});

describe('"a political gesture", "politisk teater" judge a measure; "called that ban …" points at the ban', () => {
  it('en: "called that ban a political gesture", "described that ban as a political stunt"', () => {
    expect(opposes('Washington barred Nokia from federal government devices last December. Nokia called that ban a political gesture.')).toContain('Nokia -OPPOSES-> United States');
    expect(opposes('Washington barred Nokia from federal government devices last December. Nokia described that ban as a political stunt.')).toContain('Nokia -OPPOSES-> United States');
  });
  it('da: "kaldte forbuddet et politisk gestus", "politisk teater"', () => {
    expect(opposes('USA har forbudt Nokias telefoner på regeringens enheder. Nokia kaldte forbuddet et politisk gestus uden betydning for sikkerheden.')).toContain('Nokia -OPPOSES-> United States');
    expect(opposes('USA har forbudt Nokias telefoner på regeringens enheder. Nokia kaldte forbuddet politisk teater.')).toContain('Nokia -OPPOSES-> United States');
  });
  it('not a gesture judged with no act in it', () => {
    expect(opposes('Washington barred Nokia from federal government devices last December. Nokia called the concert a political gesture.')).toEqual([]);
  });
});

describe('a claim credited to its source ("according to X", "ifølge X") is no stance X takes towards the names in it', () => {
  it('en: "According to the European Commission, Nokia has abused …"', () => {
    expect(opposes('According to the European Commission, Nokia has abused its dominant position and threatened its rivals, Ericsson among them.')).toEqual([]);
  });
  it('da: "Ifølge Europa-Kommissionen har Nokia misbrugt …"', () => {
    expect(opposes('Ifølge Europa-Kommissionen har Nokia misbrugt sin dominerende stilling og truet sine konkurrenter, blandt dem Ericsson.')).toEqual([]);
  });
  it('the same claim said by the body still opposes the one it accuses', () => {
    expect(opposes('The European Commission said Nokia has abused its dominant position and threatened its rivals, Ericsson among them.')).toContain('European Commission -OPPOSES-> Nokia');
    expect(opposes('Europa-Kommissionen siger, at Nokia har misbrugt sin dominerende stilling og truet sine konkurrenter, blandt dem Ericsson.')).toContain('European Commission -OPPOSES-> Nokia');
  });
});

describe('who speaks an accusation, and what it can accuse', () => {
  it('en/da: a name after "that"/"at" opens what is said and does not say it', () => {
    expect(opposes('Critics have warned that China could force Nokia to hand over data on its users.')).toEqual([]);
    expect(opposes('Kritikere siger, at Kina kan tvinge Nokia til at udlevere data om brugerne.')).toEqual([]);
  });
  it('da: the name before "ifølge" is the claim\'s, not its source', () => {
    expect(opposes('Cyberspace Administration of China har pålagt appbutikkerne at fjerne Nokias app, fordi selskabet ifølge myndigheden har indsamlet og brugt personoplysninger i strid med loven.')).toEqual([]);
  });
  it('en/da: a law the speaker appeals to is no measure the speaker opposes; the act named is', () => {
    for (const text of [
      'The Federal Communications Commission fined Nokia in April. Nokia said the fine was unfair and that the Communications Act did not apply to it.',
      'Federal Communications Commission gav Nokia en bøde i april. Nokia siger, at bøden er urimelig, og at Communications Act ikke gælder for selskabet.',
    ]) {
      const rels = opposes(text);
      expect(rels).toContain('Nokia -OPPOSES-> Federal Communications Commission');
      expect(rels.filter((r) => r.includes('Communications Act'))).toEqual([]);
    }
  });
  it('a measure the text shows taken is still accused', () => {
    expect(opposes('The United States announced the Clean Network programme in August. Huawei said the Clean Network was a political tool and discriminatory.')).toContain('Huawei -OPPOSES-> Clean Network');
  });
});

describe('names in an accusation that are not accused', () => {
  it('en/da: a state named as the place of the wrong ("abuses in China", "misbrug i Kina")', () => {
    const en = opposes('The Commerce Department banned Nokia phones in May. The department said Nokia had enabled wide-scale human rights abuses in China through high-tech surveillance.');
    const da = opposes('Handelsministeriet forbød Nokias telefoner i maj. Ministeriet siger, at Nokia har muliggjort overvågning og misbrug i Kina.');
    expect([...en, ...da].filter((r) => r.endsWith('-> China'))).toEqual([]);
  });
  it('en: the firm an officer\'s own state or body has acted against ("companies such as Nokia")', () => {
    const rels = opposes('The Commerce Department banned Nokia phones in May. Commerce Secretary Gina Raimondo told reporters that Russia had shown the means and the will to use companies such as Nokia to collect and exploit Americans\' personal data.');
    expect(rels).toContain('Gina Raimondo -OPPOSES-> Russia');
    expect(rels).not.toContain('Gina Raimondo -OPPOSES-> Nokia');
  });
  it('en/da: the one told ("told members of Congress", "fortalte Kongressen")', () => {
    for (const text of [
      'FBI Director Christopher Wray told members of Congress last month that China could use the app to gather data on Americans.',
      'FBI-direktør Christopher Wray fortalte Kongressen, at Kina kan bruge appen til at indsamle data om amerikanerne.',
    ]) {
      const rels = opposes(text);
      expect(rels).toContain('Christopher Wray -OPPOSES-> China');
      expect(rels.filter((r) => r.includes('Congress'))).toEqual([]);
    }
  });
  it('en/da: a state\'s own body', () => {
    expect(opposes('Beijing has criticised the ban. China said the Chinese Foreign Ministry would respond to the discriminatory ban.')).not.toContain('China -OPPOSES-> Chinese Foreign Ministry');
    expect(opposes('Kina har kritiseret forbuddet. Kina siger, at det kinesiske udenrigsministerium vil svare på det diskriminerende forbud.')).not.toContain('China -OPPOSES-> Chinese Foreign Ministry');
  });
});

describe('a pronoun in the object case after the verb is not its subject', () => {
  it('da: "Amerikanske anklagere beskyldte hende for …" is no stance of hers', () => {
    expect(opposes('Nokias finansdirektør Anna Berg er blevet anholdt i Canada. Amerikanske anklagere beskyldte hende for at have vildledt en bank om Nokias forretninger i Iran.')).not.toContain('Anna Berg -OPPOSES-> Nokia');
  });
  it('da: a pronoun in the subject case still is ("I går kritiserede hun Canada")', () => {
    expect(opposes('Nokias finansdirektør Anna Berg er blevet anholdt i Canada. I går kritiserede hun Canada for anholdelsen.')).toContain('Anna Berg -OPPOSES-> Canada');
  });
});

describe('a course open to someone ("can appeal", "kan anke") is no stance taken', () => {
  it('en', () => {
    expect(opposes('Italy fined Nokia 5 million euros in May for breaking the privacy rules. Nokia can appeal the decision.')).toEqual([]);
    expect(opposes('Italy fined Nokia 5 million euros in May for breaking the privacy rules. Nokia will appeal the decision.')).toContain('Nokia -OPPOSES-> Italy');
  });
  it('da', () => {
    expect(opposes('Italien har givet Nokia en bøde på fem millioner euro for at bryde reglerne. Nokia kan indbringe afgørelsen for de italienske domstole.')).toEqual([]);
    expect(opposes('Italien har givet Nokia en bøde på fem millioner euro for at bryde reglerne. Nokia vil indbringe afgørelsen for de italienske domstole.')).toContain('Nokia -OPPOSES-> Italy');
  });
});

describe('a state and its own body are one side of a stance', () => {
  it.each([
    ['en', 'The United States banned Nokia phones in May. Beijing has long rejected the accusations, and China\'s foreign ministry has accused Washington of abusing the notion of national security.'],
    ['da', 'USA forbød Nokias telefoner i maj. Beijing har længe afvist anklagerne, og Kinas udenrigsministerium har beskyldt Washington for at misbruge begrebet national sikkerhed.'],
  ])('%s: the ministry after ", and" is no object of the state\'s denial', (_lang, text) => {
    const rels = opposes(text);
    expect(rels).toContain('Chinese Foreign Ministry -OPPOSES-> United States');
    expect(rels).not.toContain('China -OPPOSES-> Chinese Foreign Ministry');
  });
});

describe('one joins an initiative; states or firms joined are fellow actors', () => {
  const supports = (text: string) => relations(text).filter((r) => r.includes('-SUPPORTS->'));
  it('en: "Texas joins South Dakota, whose governor took a similar step" backs no state', () => {
    expect(supports('Texas governor bars Nokia phones from state devices\n\nAUSTIN, Texas, Dec. 7 - Texas Governor Greg Abbott on Wednesday ordered every state agency to stop employees from using Nokia phones on government-issued devices.\n\nTexas joins South Dakota, whose governor took a similar step last week. South Dakota Governor Kristi Noem issued an executive order at the end of November barring Nokia phones from state-owned devices.')).toEqual([]);
  });
  it('en/da: an initiative joined is backed', () => {
    expect(supports('Denmark joined the Clean Network initiative in August.')).toContain('Denmark -SUPPORTS-> Clean Network');
    expect(supports('Danmark har tilsluttet sig Clean Network-initiativet.')).toContain('Denmark -SUPPORTS-> Clean Network');
  });
});

describe('a concern voiced about what a name may do opposes that name ("expressed concern that X could …")', () => {
  it('en', () => {
    expect(opposes('The Australian Competition and Consumer Commission expressed concern that Nokia could use the data to strengthen its dominance in the market.')).toContain('Australian Competition and Consumer Commission -OPPOSES-> Nokia');
  });
  it('da: "udtrykt bekymring for, at X kunne …"', () => {
    expect(opposes('I Australien har konkurrencemyndigheden ACCC tidligere på året udtrykt bekymring for, at Nokia kunne bruge data til at styrke sin dominans.')).toContain('Australian Competition and Consumer Commission -OPPOSES-> Nokia');
  });
  it('not a name further inside the clause', () => {
    expect(opposes('The Australian Competition and Consumer Commission expressed concern that prices for Nokia phones could rise after the deal.')).toEqual([]);
  });
});
