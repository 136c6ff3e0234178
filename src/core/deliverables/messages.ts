// How readiness and the command line say where the contract promises a deliverable, in English and Italian.
import { basename } from 'node:path';
import type { Language } from '../clients/schema';
import type { CitedDeliverable } from './citations';
import type { MissingCause } from './match';

export interface CitationMessages {
  /** "promised in bluefin-sow.md line 13". */
  promisedIn(file: string, line: number): string;
  /** "promised in the email from Tom Harris of 12 May 2026 (02-widget.eml)". */
  promisedInEmail(file: string, from: string, date?: string): string;
  /** The readiness item on the contract, when the scope rests on saved emails. */
  scopeOnEmails(count: number): string;
  /** Several passages could be it. */
  severalPlaces(file: string, lines: number[]): string;
  /** Why nothing in the file is cited: "not found in bluefin-sow.md (no passage says it): add a ref". */
  notFound(file: string, cause?: MissingCause, ref?: string): string;
  /** The contract's own words on unfinished work and handover. */
  contractSaysAfterEnd(quotes: string[]): string;
}

export const CITATION_MESSAGES: Record<Language, CitationMessages> = {
  en: {
    promisedIn: (file, line) => `promised in ${file} line ${line}`,
    promisedInEmail: (file, from, date) => `promised in the email from ${from}${date ? ` of ${date}` : ''} (${file})`,
    scopeOnEmails: (count) => `The scope rests on ${count === 1 ? 'an email' : `${count} emails`}, not a signed contract.`,
    severalPlaces: (file, lines) => `in several places of ${file} (lines ${lines.join(', ')}): add a ref to name one`,
    notFound: (file, cause, ref) =>
      `not found in ${file}${
        {
          'no-passages': ' (it lists nothing that could be matched)',
          'no-words': ' (the title has no word to look for)',
          'ref-not-found': ` (its ref “${ref}” is not there)`,
          'no-match': '',
          'other-language': ' (the contract is in another language than the title)',
        }[cause ?? 'no-match']
      }: add a ref`,
    contractSaysAfterEnd: (quotes) => `If it ends early, the contract says: ${quotes.map((q) => `“${q}”`).join(' ')}`,
  },
  it: {
    promisedIn: (file, line) => `prevista in ${file}, riga ${line}`,
    promisedInEmail: (file, from, date) => `prevista nell'email di ${from}${date ? ` del ${date}` : ''} (${file})`,
    scopeOnEmails: (count) => `L'oggetto dell'incarico si basa su ${count === 1 ? "un'email" : `${count} email`}, non su un contratto firmato.`,
    severalPlaces: (file, lines) => `in più punti di ${file} (righe ${lines.join(', ')}): aggiungi un ref per indicarne uno`,
    notFound: (file, cause, ref) =>
      `non trovata in ${file}${
        {
          'no-passages': ' (non elenca nulla da abbinare)',
          'no-words': ' (il titolo non ha parole da cercare)',
          'ref-not-found': ` (il suo ref «${ref}» non c'è)`,
          'no-match': '',
          'other-language': ' (il contratto è in una lingua diversa dal titolo)',
        }[cause ?? 'no-match']
      }: aggiungi un ref`,
    contractSaysAfterEnd: (quotes) => `Se il rapporto finisce prima, il contratto dice: ${quotes.map((q) => `«${q}»`).join(' ')}`,
  },
};

/** Where the contract promises it, in a few words; `file` is the name shown for the whole scope, `date` formats a date. */
export function whereCited(cited: CitedDeliverable, file: string, language: Language, date: (iso: string) => string): string {
  const say = CITATION_MESSAGES[language];
  const { cited: passage } = cited;
  if (passage?.from) return say.promisedInEmail(basename(passage.path), passage.from, passage.date && date(passage.date));
  if (passage) return say.promisedIn(basename(passage.path), passage.line);
  if (cited.candidates) return say.severalPlaces(file, cited.candidates.map((c) => c.line));
  return say.notFound(file, cited.cause, cited.deliverable.ref);
}
