// lastMeasureSentence: which earlier sentence a back-reference to "the measure" lands on.
import { lastMeasureSentence, type DocCtx } from '../../ingest/extract/relations/context';
import type { WorkRelation } from '../../ingest/extract/model';

const targets = (sentence: number, rule = 'target.actor'): WorkRelation => ({ subject: 's', predicate: 'TARGETS', object: 'o', rule, sentence });
const docWith = (relations: WorkRelation[]): DocCtx => ({ relations } as unknown as DocCtx);

describe('lastMeasureSentence', () => {
  it('takes the latest earlier sentence with a TARGETS, within two sentences by default', () => {
    const ctx = docWith([targets(3), targets(4), targets(6)]);
    expect(lastMeasureSentence(ctx, 6)).toBe(4);
    expect(lastMeasureSentence(ctx, 7)).toBe(6);
  });

  it('finds nothing further back than allowed', () => {
    const ctx = docWith([targets(1)]);
    expect(lastMeasureSentence(ctx, 4)).toBe(-1);
    expect(lastMeasureSentence(ctx, 4, undefined, 3)).toBe(1);
  });

  it('ignores other predicates and relations the filter refuses', () => {
    const ctx = docWith([targets(2), { ...targets(3), predicate: 'OPPOSES' }, targets(3, 'target.similar')]);
    expect(lastMeasureSentence(ctx, 4)).toBe(3);
    expect(lastMeasureSentence(ctx, 4, (r) => r.rule !== 'target.similar')).toBe(2);
  });

  it('counts the sentence itself only when asked', () => {
    const ctx = docWith([targets(5)]);
    expect(lastMeasureSentence(ctx, 5)).toBe(-1);
    expect(lastMeasureSentence(ctx, 5, undefined, 2, true)).toBe(5);
  });
});
