// Session 9 TARGETS rules: each on sentences written for it, in both languages where it applies,
// with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a list after a colon names the firms put on the list, a genitive state owning the first one', () => {
  it('en: "placed two firms on the Entity List: Russia\'s A and B"', () => {
    const rels = relations('The Commerce Department placed two companies on the Entity List: Russia\'s Positive Technologies and Hikvision.');
    expect(rels).toContain('Commerce Department -TARGETS-> Positive Technologies');
    expect(rels).toContain('Commerce Department -TARGETS-> Hikvision');
    expect(rels).not.toContain('Commerce Department -TARGETS-> Russia');
  });
  it('da: "satte to selskaber på sin sorte liste: Ruslands A og B"', () => {
    const rels = relations('Handelsministeriet satte i går to selskaber på sin sorte liste: Ruslands Positive Technologies og Hikvision.');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Positive Technologies');
    expect(rels).toContain('Handelsministeriet -TARGETS-> Hikvision');
    expect(rels).not.toContain('Handelsministeriet -TARGETS-> Russia');
  });
  it('not a genitive state owning nothing named: the state stays out', () => {
    const rels = relations('The Commerce Department placed two companies on the Entity List: Russia\'s largest bank and its parent.');
    expect(rels).not.toContain('Commerce Department -TARGETS-> Positive Technologies');
  });
});
