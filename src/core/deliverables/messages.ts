// How readiness and the command line say where the contract promises a deliverable, in English and Italian.
import type { Language } from '../clients/schema';
import type { CitedDeliverable } from './citations';
import type { MissingCause } from './match';

export interface CitationMessages {
  /** "promised in bluefin-sow.md line 13". */
  promisedIn(file: string, line: number): string;
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

/** Where the contract promises it, in a few words; `file` is the name shown. */
export function whereCited(cited: CitedDeliverable, file: string, language: Language): string {
  const say = CITATION_MESSAGES[language];
  if (cited.cited) return say.promisedIn(file, cited.cited.line);
  if (cited.candidates) return say.severalPlaces(file, cited.candidates.map((c) => c.line));
  return say.notFound(file, cited.cause, cited.deliverable.ref);
}
