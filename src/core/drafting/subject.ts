// The one convention for a draft's subject: its first line reads `Subject: …` (English) or `Oggetto: …` (Italian),
// followed by a blank line and the body. Templates are written this way; the linter and the editor rely on it.
export const SUBJECT_LABELS = { en: 'Subject', it: 'Oggetto' } as const;

const SUBJECT_LINE = new RegExp(`^(?:${Object.values(SUBJECT_LABELS).join('|')}):[^\\S\\n]*([^\\n]*)\\r?\\n?`, 'i');

export interface SplitText {
  /** The subject, without its label; undefined when the first line is not a subject line. */
  subject?: string;
  /** String index where the body starts (after the subject line and the blank lines under it). */
  bodyStart: number;
}

export function splitSubject(text: string): SplitText {
  const match = SUBJECT_LINE.exec(text);
  if (!match) return { bodyStart: 0 };
  let bodyStart = match[0].length;
  while (text[bodyStart] === '\n' || text[bodyStart] === '\r') bodyStart++;
  return { subject: match[1].trim(), bodyStart };
}
