// Session 9 TARGETS rules (second round): each on sentences written for it, in both languages where it
// applies, with a case where it must not fire.
import { relations } from '../fixtures/extract/helpers';

describe('a decision noun owned by a state, with a time adjunct before its infinitive', () => {
  it('en: "Sweden\'s decision last week to exclude X"', () => {
    expect(relations('Beijing condemned Sweden\'s decision last week to exclude Huawei from its networks.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('en: "the FCC\'s move in October to revoke the licence of X"', () => {
    expect(relations('The vote follows the FCC\'s move in October to revoke the license of China Mobile.')).toContain('Federal Communications Commission -TARGETS-> China Mobile');
  });
  it('da: "Sveriges beslutning i sidste uge om at udelukke X"', () => {
    expect(relations('Kina kritiserede Sveriges beslutning i sidste uge om at udelukke Huawei.')).toContain('Sweden -TARGETS-> Huawei');
  });
  it('not when no infinitive follows the time adjunct', () => {
    const rels = relations('Sweden\'s decision in 2020 angered Beijing, which later praised Huawei.');
    expect(rels).not.toContain('Sweden -TARGETS-> Huawei');
  });
});
