// Checks on the input itself, before any clause is looked for: empty, binary, too large.

/** Texts beyond this many characters are scanned up to it; 8 M characters take about a second. */
export const MAX_SCAN_CHARS = 8_000_000;
const SAMPLE_CHARS = 65_536;
/** Share of control characters (other than tab and line breaks) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.1;

export type InputProblem = 'empty' | 'binary';

/** A control character (other than tab, line feed, form feed and carriage return), or what undecodable bytes become
 * when a binary file is read as UTF-8 (U+FFFD). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

export function inputProblem(text: string): InputProblem | undefined {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!/\S/.test(sample) && !/\S/.test(text)) return 'empty';
  // Nearly every text has no control character at all, which one pattern settles faster than a loop.
  if (!CONTROL.test(sample)) return undefined;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return 'binary';
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control > sample.length * MAX_CONTROL_SHARE ? 'binary' : undefined;
}
