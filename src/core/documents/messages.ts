// What a user reads when a PDF or Word contract could not be read, or was read with a caveat, or when a file of a
// scope could not be read as an email, in both interface languages. `file` is the name as the user knows it.
import type { Language } from '../clients/schema';
import { type DocumentError, type DocumentNoticeCode, type DocumentProblemCode } from './document';
import { MAX_PDF_PAGES } from './pdf';
import { MAX_DOCUMENT_BYTES } from './kinds';
import type { ScopeProblem } from './scope';
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './zipLimits';

const MB = (bytes: number) => Math.round(bytes / (1024 * 1024));

const PROBLEMS: Record<Language, Record<DocumentProblemCode, (file: string) => string>> = {
  en: {
    tooLarge: (file) => `${file} is larger than ${MB(MAX_DOCUMENT_BYTES)} MB, more than a contract's text needs: it was not read.`,
    noText: (file) => `${file} has no text: it looks like a scan. Run OCR on it first (many PDF tools can), then open it again.`,
    empty: (file) => `${file} has no text in it.`,
    encrypted: (file) => `${file} is protected by a password: save a copy without the password, then open that.`,
    corrupt: (file) => `${file} is damaged or cut short and could not be read as a PDF.`,
    notDocx: (file) => `${file} is not a Word document (.docx), though its name says so: it could not be read.`,
    zipLimits: (file) => `${file} unpacks to more than ${MAX_ZIP_ENTRIES} parts or ${MB(MAX_UNPACKED_BYTES)} MB, which no real Word document does: it was not read.`,
    tooManyPages: (file) => `${file} has more than ${MAX_PDF_PAGES} pages: it was not read.`,
    unsupported: (file) => `${file} is not a PDF or Word file.`,
  },
  it: {
    tooLarge: (file) => `${file} supera i ${MB(MAX_DOCUMENT_BYTES)} MB, più di quanto serva al testo di un contratto: non è stato letto.`,
    noText: (file) => `${file} non contiene testo: sembra una scansione. Passalo prima a un OCR (molti programmi PDF lo fanno), poi riaprilo.`,
    empty: (file) => `${file} non contiene testo.`,
    encrypted: (file) => `${file} è protetto da password: salvane una copia senza password e apri quella.`,
    corrupt: (file) => `${file} è danneggiato o troncato e non si può leggere come PDF.`,
    notDocx: (file) => `${file} non è un documento Word (.docx), anche se il nome lo dice: non è stato letto.`,
    zipLimits: (file) => `${file} si espande in più di ${MAX_ZIP_ENTRIES} parti o ${MB(MAX_UNPACKED_BYTES)} MB, cosa che nessun vero documento Word fa: non è stato letto.`,
    tooManyPages: (file) => `${file} ha più di ${MAX_PDF_PAGES} pagine: non è stato letto.`,
    unsupported: (file) => `${file} non è un file PDF o Word.`,
  },
};

const NOTICES: Record<Language, Record<DocumentNoticeCode, (file: string) => string>> = {
  en: {
    macrosIgnored: (file) => `${file} contains macros: they were ignored and never run; only its text was read.`,
    unsupportedScript: (file) => `${file} is mostly in a script Clean Break has no clause rules for (it reads English and Italian): few or no clauses will be found.`,
  },
  it: {
    macrosIgnored: (file) => `${file} contiene macro: sono state ignorate e mai eseguite; ne è stato letto solo il testo.`,
    unsupportedScript: (file) => `${file} è scritto per lo più in un alfabeto per cui Clean Break non ha regole (legge italiano e inglese): troverà poche clausole o nessuna.`,
  },
};

const SCOPE_PROBLEMS: Record<Language, Record<ScopeProblem['code'], (detail?: string) => string>> = {
  en: {
    noOwnWords: () => 'no plain-text words of its sender to read',
    noHeaders: () => 'no email headers (From:, Date:, Subject:) at its start',
    unparsable: (detail) => `not a readable email${detail ? ` (${detail})` : ''}`,
  },
  it: {
    noOwnWords: () => 'nessuna parola in testo semplice del mittente da leggere',
    noHeaders: () => "nessuna intestazione email (From:, Date:, Subject:) all'inizio",
    unparsable: (detail) => `non è un'email leggibile${detail ? ` (${detail})` : ''}`,
  },
};

/** Why a file of a scope was not read as an email, without the file's name. */
export function scopeProblemMessage(problem: ScopeProblem, language: Language): string {
  return SCOPE_PROBLEMS[language][problem.code](problem.detail);
}

export function documentProblemMessage(error: DocumentError, file: string, language: Language): string {
  return PROBLEMS[language][error.code](file);
}

export function documentNoticeMessage(notice: DocumentNoticeCode, file: string, language: Language): string {
  return NOTICES[language][notice](file);
}
