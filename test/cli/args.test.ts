import { Flags, UsageError, parseArgs } from '../../src/cli/args';

describe('pmf argument parsing', () => {
  it('collects a repeatable flag in the order given, in either spelling', () => {
    const flags = new Flags(
      parseArgs([
        'tag',
        'book.xlsx',
        '--where',
        'area_name=England',
        '--where=indicator=CLA|LAC',
        '--map',
        'CHILD=ID',
      ]),
    );
    expect(flags.all('where')).toEqual(['area_name=England', 'indicator=CLA|LAC']);
    expect(flags.all('map')).toEqual(['CHILD=ID']);
    expect(flags.has('where')).toBe(true);
    expect(() => flags.done()).not.toThrow();
  });

  it('gives [] for a repeatable flag not given, and still refuses other flags given twice', () => {
    expect(new Flags(parseArgs(['tag', 'f.xlsx'])).all('where')).toEqual([]);
    expect(() => parseArgs(['tag', 'f.xlsx', '--sheet', 'A', '--sheet', 'B'])).toThrow(
      /--sheet is given twice/,
    );
  });

  it('refuses a repeatable flag the command does not read', () => {
    const flags = new Flags(parseArgs(['check', 'f.xlsx', '--where', 'a=b']));
    expect(() => flags.done()).toThrow(UsageError);
    expect(() => flags.done()).toThrow(/unknown option --where for 'pmf check'/);
  });
});
