// Session 13 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('"pålægge/give X en bøde" with a described firm between verb and fine', () => {
  it('da: the firm after its description takes the fine', () => {
    const rels = relations('Det italienske datatilsyn Garante har pålagt det amerikanske selskab Luka Inc. en bøde på fem millioner euro.');
    expect(rels).toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
    const gav = relations('Garante gav i går den kinesiske virksomhed DeepSeek AB en bøde.');
    expect(gav).toContain('Garante per la protezione dei dati personali -TARGETS-> DeepSeek AB');
  });
  it('da: not when the fine is only mentioned in a clause far after "give"', () => {
    const rels = relations('Garante har givet medarbejderne i det amerikanske selskab Luka Inc. besked om, at der senere kan komme en bøde.');
    expect(rels).not.toContain('Garante per la protezione dei dati personali -TARGETS-> Luka Inc');
  });
});
