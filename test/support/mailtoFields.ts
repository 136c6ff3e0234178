// Hostile and ordinary characters for every field of a mailto: link, and an RFC 6068 reading of the link that a mail
// app would make: split at "?" and "&", then percent-decode each part.
export const TRICKY = 'Rossi & Figli S.r.l. a=b #1 100% ? 1+1 😀 è à ù ò ì perché';

export const MAILTO_TO = "o'neil+fatture&x=y#1%?@rossi-figli.example";
export const MAILTO_SUBJECT = `Fine della collaborazione con ${TRICKY}&bcc=intruso@example.com`;
export const MAILTO_BODY = `Gentile ${TRICKY},\n\nil motivo: ${TRICKY}&bcc=someone@example.com\n\nCordiali saluti,\nGiulia 😀\n`;

export interface MailtoFields {
  to: string;
  /** Every header field, in order, decoded: subject, body, and anything else a link may carry (cc, bcc…). */
  fields: [string, string][];
}

export function readMailto(link: string): MailtoFields {
  const match = /^mailto:([^?]*)(?:\?(.*))?$/s.exec(link);
  if (!match) throw new Error(`not a mailto: link: ${link}`);
  const fields = (match[2] ?? '').split('&').filter(Boolean).map((pair): [string, string] => {
    const at = pair.indexOf('=');
    return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))];
  });
  return { to: decodeURIComponent(match[1]), fields };
}
