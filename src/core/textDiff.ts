// The smallest single replacement that turns one text into another: an editor applies it as one edit, so the
// cursor, folding and undo history outside the changed region stay where they were.
export interface Replacement {
  /** String indices into the old text. */
  start: number;
  end: number;
  text: string;
}

export function minimalReplacement(before: string, after: string): Replacement {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
