// Checks on the input itself, before any clause is looked for: empty, binary, too large.

/** Texts beyond this many characters are scanned up to it; 8 M characters take about a second. */
export const MAX_SCAN_CHARS = 8_000_000;
const SAMPLE_CHARS = 65_536;
/** Share of control characters (other than tab and line breaks) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1;

export type InputProblem = 'empty' | 'binary';

export function inputProblem(text: string): InputProblem | undefined {
  if (!/\S/.test(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text) && !/\S/.test(text)) return 'empty';
  // The sample is read in place: a loop over a slice reads every character through the slice.
  const sampleLength = Math.min(text.length, SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < sampleLength; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return 'binary';
    // U+FFFD is what undecodable bytes become when a binary file is read as UTF-8.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control > sampleLength * MAX_CONTROL_SHARE ? 'binary' : undefined;
}
