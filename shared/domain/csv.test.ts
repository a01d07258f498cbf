// Spreadsheet formula injection: every dangerous first character is neutralised, even after spaces.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+1234', `"'+1234"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ['   =HYPERLINK("x")', `"'   =HYPERLINK(""x"")"`],
    [' \t+1', `"' \t+1"`],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text alone, quoting it', () => {
    expect(csvCell('Marie, Jamie and Clare')).toBe('"Marie, Jamie and Clare"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('builds whole rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['=1', 'x']])).toBe('"a","b"\r\n"\'=1","x"\r\n');
  });
});
