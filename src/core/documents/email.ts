// A saved email (.eml) read as part of a client's scope: postal-mime decodes the MIME message (headers, encodings,
// multipart, charsets); what the sender wrote is then set apart from the replies it quotes and from its signature,
// so only the sender's own words are matched and cited.
import PostalMime from 'postal-mime';

export interface EmailText {
  /** The sender as "Name <address>", or the address alone. */
  from?: string;
  /** YYYY-MM-DD, when the Date header can be read. */
  date?: string;
  subject?: string;
  /** What the sender wrote: the plain-text body without quoted replies and signature. */
  own: string;
  /** The replies it quotes and the signature, kept apart and never matched. */
  quoted: string;
  signature: string;
}

/** Lines that open a quoted reply: "> …", "On … wrote:", "Il giorno … ha scritto:", Outlook's original-message rule. */
const QUOTE_START = /^(?:>|On .{3,200} wrote:\s*$|Il giorno .{3,200} ha scritto:\s*$|Il .{3,200} ha scritto:\s*$|-{2,}\s*(?:Original Message|Messaggio originale)\s*-{2,}|From: .+$|Da: .+$)/i;
/** The signature delimiter "-- " (RFC 3676), and the sign-offs that start one when there is none. */
const SIGNATURE_START = /^(?:-- ?$|(?:Best regards|Kind regards|Regards|Thanks|Thank you|Cheers|Cordiali saluti|Distinti saluti|Un saluto|Saluti|Grazie)[,.!]?\s*$)/i;

/** Splits a body into the sender's own words, the quoted replies after them, and the signature. */
export function setApart(body: string): Pick<EmailText, 'own' | 'quoted' | 'signature'> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const quoteAt = lines.findIndex((line) => QUOTE_START.test(line.trim()));
  const beforeQuote = quoteAt < 0 ? lines : lines.slice(0, quoteAt);
  const signatureAt = beforeQuote.findIndex((line) => SIGNATURE_START.test(line.trim()));
  const ownLines = signatureAt < 0 ? beforeQuote : beforeQuote.slice(0, signatureAt);
  return {
    own: ownLines.join('\n').trim(),
    signature: signatureAt < 0 ? '' : beforeQuote.slice(signatureAt).join('\n').trim(),
    quoted: quoteAt < 0 ? '' : lines.slice(quoteAt).join('\n').trim(),
  };
}

/** Why a file of a scope is not read as an email: no headers at its start, or MIME that postal-mime cannot parse. */
export class EmailError extends Error {
  constructor(
    readonly code: 'noHeaders' | 'unparsable',
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

/**
 * Reads a saved email; throws with a plain reason when it is not one. Given as bytes, an 8-bit body is decoded by the
 * charset it declares (Latin-1, Windows-1252, ...); given as text, it was already decoded as UTF-8.
 */
export async function readEmail(raw: string | Uint8Array): Promise<EmailText> {
  const start = typeof raw === 'string' ? raw.slice(0, 4096) : new TextDecoder().decode(raw.subarray(0, 4096));
  if (!/^[\w-]+:/m.test(start)) throw new EmailError('noHeaders');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw new EmailError('unparsable', error instanceof Error ? error.message : String(error));
  }
  // A message with an HTML body alone gives no words to match: it reads as empty, and the scope says so.
  const body = email.text ?? '';
  const from = email.from && (email.from.name ? `${email.from.name} <${email.from.address ?? ''}>` : email.from.address);
  const date = email.date && /^\d{4}-\d{2}-\d{2}/.test(email.date) ? email.date.slice(0, 10) : undefined;
  return { ...(from ? { from } : {}), ...(date ? { date } : {}), ...(email.subject ? { subject: email.subject } : {}), ...setApart(body) };
}
