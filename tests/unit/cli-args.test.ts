import { intFlag, parseArgs } from '../../cli/args';

describe('parseArgs', () => {
  it('separates options, switches and positionals', () => {
    const a = parseArgs(['--report', 'r.json', 'a.txt', '--no-samples', '--max-bytes=10', '-', '--', '--odd'], ['report', 'max-bytes'], ['no-samples']);
    expect(a.positionals).toEqual(['a.txt', '-', '--odd']);
    expect(a.flags.get('report')).toBe('r.json');
    expect(a.flags.get('max-bytes')).toBe('10');
    expect(a.flags.get('no-samples')).toBe(true);
  });

  it.each<[string[], RegExp]>([
    [['--nope'], /unknown option --nope/],
    [['--report'], /--report needs a value/],
    [['--no-samples=1'], /takes no value/],
  ])('rejects %p', (argv, message) => {
    expect(() => parseArgs(argv, ['report'], ['no-samples'])).toThrow(message);
  });

  it('checks whole numbers and their range', () => {
    expect(intFlag(parseArgs(['--port', '4001'], ['port'], []), 'port', 4000, 0, 65535)).toBe(4001);
    expect(intFlag(parseArgs([], ['port'], []), 'port', 4000, 0, 65535)).toBe(4000);
    expect(() => intFlag(parseArgs(['--port', '70000'], ['port'], []), 'port', 4000, 0, 65535)).toThrow(/0 to 65535/);
    expect(() => intFlag(parseArgs(['--port', '1.5'], ['port'], []), 'port', 4000, 0, 65535)).toThrow(/whole number/);
  });
});
