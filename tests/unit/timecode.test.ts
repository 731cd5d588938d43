/** src/server/citations/timecode.ts: a film's timecode as seconds, and what is not one. */
import { describe, expect, it } from 'vitest';
import { parseTimecode } from '../../src/server/citations/timecode';

describe('parseTimecode', () => {
  it('reads M:SS and H:MM:SS as seconds, around spaces', () => {
    const cases: [string, number][] = [
      ['0:05', 5],
      ['2:10', 130],
      ['59:59', 3599],
      [' 1:52:10 ', 6730],
      ['12:00:01', 43201],
    ];
    expect(cases.map(([text]) => parseTimecode(text))).toEqual(cases.map(([, seconds]) => seconds));
  });

  it('reads nothing else', () => {
    const cases = ['60:00', '1:60', '123:00:00', '1:2', 'at 1:00', '1:00 on', '1:00:00:00', ':10', '', 'abc'];
    expect(cases.map((text) => parseTimecode(text))).toEqual(cases.map(() => undefined));
  });
});
