/** A film timecode, `M:SS` or `H:MM:SS` ("1:52:10"), as seconds; `undefined` when it is not one. */
export function parseTimecode(text: string): number | undefined {
  const match = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$/.exec(text.trim());
  if (!match) return undefined;
  // Stryker disable next-line StringLiteral: no hours as '' is Number('') = 0 seconds, as '0' is.
  const [, hours = '0', minutes, seconds] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
