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
    // Finding 16: pipes (DDE in older spreadsheets), percent signs and any control character.
    ['|cmd /c calc', `"'|cmd /c calc"`],
    ["  |calc'!A0", `"'  |calc'!A0"`],
    ['%0A=1', `"'%0A=1"`],
    [' %x', `"' %x"`],
    ['\nline', `"'\nline"`],
    ['\u0000nul', `"'\u0000nul"`],
    ['\u0007bell', `"'\u0007bell"`],
    ['\u001b[31m', `"'\u001b[31m"`],
    ['\u007fdel', `"'\u007fdel"`],
    ['\uFF1DSUM(A1)', `"'\uFF1DSUM(A1)"`],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text alone, quoting it', () => {
    expect(csvCell('Marie, Jamie and Clare')).toBe('"Marie, Jamie and Clare"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell('50% better | worse')).toBe('"50% better | worse"');
    expect(csvCell('')).toBe('""');
  });

  it('builds whole rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['=1', 'x']])).toBe('"a","b"\r\n"\'=1","x"\r\n');
  });
});
