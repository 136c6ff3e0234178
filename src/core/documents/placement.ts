// Where a scope member's words sit in its file as an editor shows it. A note is its own file. Of a saved email only
// the sender's own words are read, decoded by postal-mime; they can be marked in the raw .eml only where they appear
// there verbatim (7bit or 8bit plain text, with LF or CRLF line ends). Quoted-printable, base64 or an HTML body
// write them otherwise, and no range is guessed then.

export interface Placement {
  /** The offset in the file where the words begin. */
  at: number;
  /** The 1-based line of the file they begin on. */
  line: number;
  /** Offsets in the words of the line breaks the file writes as CRLF, in order: each adds a character in the file. */
  crlf: number[];
}

/** A note, or any text read as it is: offsets in the text are offsets in the file. */
export const IN_PLACE: Placement = { at: 0, line: 1, crlf: [] };

/** Where the body of a message begins: after the first empty line, which ends the headers. */
function bodyStart(raw: string): number | undefined {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? match.index + match[0].length : undefined;
}

/**
 * Where an email's own words (as `setApart` gives them: line ends as LF, trimmed) sit in its raw text, or undefined
 * when they do not appear there verbatim. They must start a line of the body, so that a quoted copy ("> …") of the
 * same words is never taken for them.
 */
export function placeOwnWords(raw: string, own: string): Placement | undefined {
  const body = bodyStart(raw);
  if (!own || body === undefined) return undefined;
  // The body with line ends as setApart writes them, and for each character the offset it came from in the raw text.
  let normalized = '';
  const from: number[] = [];
  for (let i = body; i < raw.length; i++) {
    const char = raw[i];
    if (char === '\r' && raw[i + 1] === '\n') continue;
    normalized += char === '\r' ? '\n' : char;
    from.push(i);
  }
  from.push(raw.length);
  for (let found = normalized.indexOf(own); found >= 0; found = normalized.indexOf(own, found + 1)) {
    const lineStart = normalized.lastIndexOf('\n', found - 1) + 1;
    if (normalized.slice(lineStart, found).trim() !== '') continue;
    const crlf: number[] = [];
    for (let i = own.indexOf('\n'); i >= 0; i = own.indexOf('\n', i + 1)) {
      const end = from[found + i];
      if (raw[end] === '\n' && raw[end - 1] === '\r') crlf.push(i);
    }
    const at = from[found];
    return { at, line: lineOf(raw, at), crlf };
  }
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The offset in the file of an offset in the placed words. */
export function fileOffset(placement: Placement, offset: number): number {
  let before = 0;
  while (before < placement.crlf.length && placement.crlf[before] < offset) before++;
  return placement.at + offset + before;
}
