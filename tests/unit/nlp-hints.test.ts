// compromise types names the gazetteer does not know. It is most of extraction's time, so it
// runs only on the English sentences where such a name can be: these tests pin both halves.
import * as nlpStage from '../../ingest/extract/nlp';
import { entities } from '../fixtures/extract/helpers';

describe('compromise typing hints', () => {
  afterEach(() => jest.restoreAllMocks());

  const sentencesGiven = (text: string): string[] => {
    const spy = jest.spyOn(nlpStage, 'nlpNames');
    entities(text);
    return spy.mock.calls.flatMap(([sentences]) => sentences.map((s) => s.text));
  };

  it('still types an unknown name by compromise alone', () => {
    expect(entities('He flew to Solvang Beach with Omar Dahl.')).toEqual(
      expect.arrayContaining(['Location:Solvang Beach', 'Person:Omar Dahl']),
    );
  });

  it('hands compromise the sentence with an unknown name and not the ones the gazetteer covers', () => {
    const given = sentencesGiven('Huawei and ZTE were banned by the United States. Officials met Grace Moreno on Monday. The Commerce Department said so.');
    expect(given).toEqual(['Officials met Grace Moreno on Monday.']);
  });

  it('does not run compromise on a text whose names are all known', () => {
    expect(sentencesGiven('Huawei and ZTE were banned by the United States on Monday.')).toEqual([]);
  });
});
