// Redaction: names, email addresses, phone numbers, amounts and other identifiers (IBAN, VAT number, codice fiscale,
// web and street addresses, postcodes, bare numbers) become placeholders such as [[NAME_1]] before a draft leaves the
// machine, and come back afterwards. A reply that loses, repeats or alters a placeholder is refused.
import type { Fact, FactKind } from './facts';
import { type PolishReason, reasons } from './reasons';

/** `auto` redacts for any endpoint that is not on this machine. */
export type RedactChoice = 'auto' | 'on' | 'off';

// Dates, periods, vague times and invoice numbers stay: the model needs them, and they say nothing about who.
const PLACEHOLDER_LABELS: Partial<Record<FactKind, string>> = {
  name: 'NAME', email: 'EMAIL', phone: 'PHONE', amount: 'AMOUNT', iban: 'IBAN', vat: 'VAT', taxcode: 'TAXCODE', url: 'URL',
  address: 'ADDRESS', postcode: 'POSTCODE', number: 'NUMBER',
};
const LABELS = Object.values(PLACEHOLDER_LABELS).join('|');

export interface Placeholder {
  placeholder: string;
  /** The text it stands for, exactly as the draft wrote it. */
  original: string;
  /** How often the redacted draft contains it. */
  count: number;
}

export interface Redaction {
  text: string;
  placeholders: Placeholder[];
}

/** The draft with every redactable fact replaced; the same text always gets the same placeholder. */
export function redact(text: string, facts: readonly Fact[]): Redaction {
  const byOriginal = new Map<string, Placeholder>();
  const perLabel = new Map<string, number>();
  let out = '';
  let at = 0;
  for (const fact of facts) {
    const label = PLACEHOLDER_LABELS[fact.kind];
    if (!label) continue;
    let entry = byOriginal.get(fact.text);
    if (!entry) {
      const n = (perLabel.get(label) ?? 0) + 1;
      perLabel.set(label, n);
      entry = { placeholder: `[[${label}_${n}]]`, original: fact.text, count: 0 };
      byOriginal.set(fact.text, entry);
    }
    entry.count++;
    out += text.slice(at, fact.start) + entry.placeholder;
    at = fact.end;
  }
  return { text: out + text.slice(at), placeholders: [...byOriginal.values()] };
}

// Anything a model may make of a placeholder: [[NAME_1]], [NAME_1], [[name 1]], [[ NAME-1 ]].
const PLACEHOLDER_LIKE = new RegExp(`\\[{1,2}\\s*(?:${LABELS})[\\s_-]*\\d+\\s*\\]{1,2}`, 'giu');

export type Restored = { ok: true; text: string } | { ok: false; reason: PolishReason };

/** The reply with the originals put back, or why it cannot be trusted. */
export function restore(reply: string, redaction: Redaction): Restored {
  const known = new Map(redaction.placeholders.map((p) => [p.placeholder, p]));
  const seen = new Map<string, number>();
  for (const m of reply.matchAll(PLACEHOLDER_LIKE)) {
    if (!known.has(m[0])) {
      const exact = /^\[\[[A-Z]+_\d+\]\]$/.test(m[0]);
      return { ok: false, reason: exact ? reasons.placeholderUnknown(m[0]) : reasons.placeholderAltered(m[0]) };
    }
    seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  for (const p of redaction.placeholders) {
    const found = seen.get(p.placeholder) ?? 0;
    if (found === 0) return { ok: false, reason: reasons.placeholderLost(p.placeholder) };
    if (found > p.count) return { ok: false, reason: reasons.placeholderRepeated(p.placeholder, found, p.count) };
  }
  return { ok: true, text: putBack(reply, known) };
}

function putBack(text: string, known: Map<string, Placeholder>): string {
  return text.replace(/\[\[[A-Z]+_\d+\]\]/g, (placeholder) => known.get(placeholder)?.original ?? placeholder);
}

/**
 * A reply still streaming, with the complete placeholders put back and an unfinished one at the end held back, so
 * that what is shown grows only by appending.
 */
export function restorePartial(reply: string, redaction: Redaction): string {
  const unfinished = /\[{1,2}[A-Z_\d]*\]?$/.exec(reply);
  const complete = unfinished ? reply.slice(0, unfinished.index) : reply;
  return putBack(complete, new Map(redaction.placeholders.map((p) => [p.placeholder, p])));
}

/**
 * Loopback: 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z) and the name localhost, written literally. Anything else, a LAN
 * address or a name such as x.localhost that a resolver may send elsewhere, counts as leaving the machine.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return (
    host === 'localhost' ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(host)
  );
}

/**
 * Whether to redact: `auto` redacts for any endpoint not on this machine. `endpoint` is the base URL of the model,
 * or undefined for a model Clean Break reaches without one (VS Code's language models), which is never local.
 */
export function shouldRedact(choice: RedactChoice, endpoint: string | undefined): boolean {
  return choice === 'auto' ? endpoint === undefined || !isLoopbackUrl(endpoint) : choice === 'on';
}
