// Session 14b TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a follower takes the measure of its own sentence', () => {
  it('da: "…, og X fulgte trop" after the measure in the same sentence', () => {
    const rels = relations('Kommissionen forbød i marts WeChat på tjenestetelefoner, og Rådet fulgte trop.');
    expect(rels).toContain('European Commission -TARGETS-> WeChat');
    expect(rels).toContain('Council of the European Union -TARGETS-> WeChat');
  });
  it('en: "…, and X followed suit" after the measure in the same sentence', () => {
    const rels = relations('The European Commission banned WeChat on staff phones in March, and the European Parliament followed suit.');
    expect(rels).toContain('European Parliament -TARGETS-> WeChat');
  });
  it('da: the subject before "fulgte trop" when nothing stands between the words', () => {
    const rels = relations('Canada forbød Telegram på statens telefoner. Senere fulgte Japan trop. Også Frankrig fulgte trop.');
    expect(rels).toContain('Japan -TARGETS-> Telegram');
    expect(rels).toContain('France -TARGETS-> Telegram');
  });
  it('a follower takes no measure of its own as followed', () => {
    const rels = relations('Canada forbød Telegram på statens telefoner, og Japan fulgte trop.');
    expect(rels).toContain('Japan -TARGETS-> Telegram');
    expect(rels).not.toContain('Japan -TARGETS-> Canada');
    expect(rels).not.toContain('Canada -TARGETS-> Japan');
  });
});

describe('an obligation stated of a firm takes the body that imposed it, named after it', () => {
  it('da: "X skal sælge Y. Det har tilsynet afgjort"', () => {
    const rels = relations('Microsoft skal sælge LinkedIn. Det har den britiske konkurrencemyndighed, Competition and Markets Authority, afgjort.');
    expect(rels).toContain('Competition and Markets Authority -TARGETS-> Microsoft');
  });
  it('da: ", har X afgjort" in the same sentence', () => {
    const rels = relations('Microsoft skal skille sig af med LinkedIn, har Competition and Markets Authority afgjort.');
    expect(rels).toContain('Competition and Markets Authority -TARGETS-> Microsoft');
  });
  it('en: "X must sell Y, the regulator ruled"', () => {
    const rels = relations('Microsoft must sell LinkedIn, the Competition and Markets Authority ruled on Tuesday.');
    expect(rels).toContain('Competition and Markets Authority -TARGETS-> Microsoft');
  });
  it('not when the next sentence only reports it, or names no state or body', () => {
    expect(relations('Microsoft skal sælge LinkedIn. Det har Competition and Markets Authority oplyst.')).not.toContain('Competition and Markets Authority -TARGETS-> Microsoft');
    expect(relations('Microsoft skal sælge LinkedIn. Det har Google besluttet.')).not.toContain('Google -TARGETS-> Microsoft');
    expect(relations('Microsoft must sell LinkedIn, Google decided.')).not.toContain('Google -TARGETS-> Microsoft');
  });
});

describe('more wordings of following a measure', () => {
  it('en: "did likewise"', () => {
    expect(relations('Canada banned Telegram on government phones. Japan did likewise in March.')).toContain('Japan -TARGETS-> Telegram');
  });
  it('da: "havde gjort det samme", "gjorde ligeså"', () => {
    expect(relations('Canada forbød Telegram på statens telefoner. Japan havde allerede gjort det samme.')).toContain('Japan -TARGETS-> Telegram');
    expect(relations('Canada forbød Telegram på statens telefoner. Japan gjorde ligeså i marts.')).toContain('Japan -TARGETS-> Telegram');
  });
  it('not with no measure reported before', () => {
    expect(relations('Canada udtalte sig om Telegram i marts. Japan gjorde ligeså.')).not.toContain('Japan -TARGETS-> Telegram');
  });
});

describe('a body of the same state asking the one that acts shares the measure', () => {
  it('en: "X asked Y to ban Z"', () => {
    const rels = relations('The Justice Department asked the Federal Communications Commission to ban China Telecom.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> China Telecom');
    expect(rels).toContain('Department of Justice -TARGETS-> China Telecom');
  });
  it('da: "X bad Y om at forbyde Z"', () => {
    const rels = relations('Justitsministeriet bad Datatilsynet om at forbyde TikTok.');
    expect(rels).toContain('Danish Ministry of Justice -TARGETS-> TikTok');
  });
  it('not a body of another state asking', () => {
    const rels = relations('Justitsministeriet bad FCC om at forbyde China Telecom.');
    expect(rels).toContain('Federal Communications Commission -TARGETS-> China Telecom');
    expect(rels).not.toContain('Danish Ministry of Justice -TARGETS-> China Telecom');
  });
});

describe('the state that used a law to take a measure takes it, and so does the law', () => {
  it('en: "X used the Y Act to ban Z"', () => {
    const rels = relations('India used the Information Technology Act to ban TikTok.');
    expect(rels).toContain('India -TARGETS-> TikTok');
    expect(rels).toContain('Information Technology Act -TARGETS-> TikTok');
  });
  it('da: "X brugte Y til at forbyde Z"', () => {
    const rels = relations('Indien brugte Information Technology Act til at forbyde TikTok.');
    expect(rels).toContain('India -TARGETS-> TikTok');
  });
  it('not a state that only names the law in another clause', () => {
    const rels = relations('India criticised the Information Technology Act, which was passed to ban TikTok.');
    expect(rels).not.toContain('India -TARGETS-> TikTok');
  });
});

describe('an obligation in the passive takes the body that imposed it, named after it', () => {
  it('da: "X skal fjernes … Det har ministeriet besluttet"', () => {
    expect(relations('TikTok skal fjernes fra alle tjenestetelefoner. Det har Forsvarsministeriet besluttet.')).toContain('Danish Ministry of Defence -TARGETS-> TikTok');
  });
  it('en: "X must be removed …, the ministry decided"', () => {
    expect(relations('TikTok must be removed from all staff phones, the Federal Communications Commission decided.')).toContain('Federal Communications Commission -TARGETS-> TikTok');
  });
  it('not a firm that decided', () => {
    expect(relations('TikTok skal fjernes fra alle tjenestetelefoner. Det har Telenor besluttet.')).not.toContain('Telenor -TARGETS-> TikTok');
  });
});
