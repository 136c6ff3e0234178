// How readiness and the command line say where the contract promises a deliverable, in English and Italian.
import type { Language } from '../clients/schema';
import type { CitedDeliverable } from './citations';

export interface CitationMessages {
  /** "promised in bluefin-sow.md line 13". */
  promisedIn(file: string, line: number): string;
  /** Several passages could be it. */
  severalPlaces(file: string, lines: number[]): string;
  notFound(file: string): string;
  /** The contract's own words on unfinished work and handover. */
  contractSaysAfterEnd(quotes: string[]): string;
}

export const CITATION_MESSAGES: Record<Language, CitationMessages> = {
  en: {
    promisedIn: (file, line) => `promised in ${file} line ${line}`,
    severalPlaces: (file, lines) => `in several places of ${file} (lines ${lines.join(', ')}): add a ref to name one`,
    notFound: (file) => `not found in ${file}: add a ref`,
    contractSaysAfterEnd: (quotes) => `If it ends early, the contract says: ${quotes.map((q) => `“${q}”`).join(' ')}`,
  },
  it: {
    promisedIn: (file, line) => `prevista in ${file}, riga ${line}`,
    severalPlaces: (file, lines) => `in più punti di ${file} (righe ${lines.join(', ')}): aggiungi un ref per indicarne uno`,
    notFound: (file) => `non trovata in ${file}: aggiungi un ref`,
    contractSaysAfterEnd: (quotes) => `Se il rapporto finisce prima, il contratto dice: ${quotes.map((q) => `«${q}»`).join(' ')}`,
  },
};

/** Where the contract promises it, in a few words; `file` is the name shown. */
export function whereCited(cited: CitedDeliverable, file: string, language: Language): string {
  const say = CITATION_MESSAGES[language];
  if (cited.cited) return say.promisedIn(file, cited.cited.line);
  if (cited.candidates) return say.severalPlaces(file, cited.candidates.map((c) => c.line));
  return say.notFound(file);
}
