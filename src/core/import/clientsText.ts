// The clients.yaml an import works on: read as the loader reads it, refused while it has errors, since the import's
// edits go through the write-back, which needs a sound file to change only the nodes concerned.
import { loadClients } from '../clients/loader';
import type { ClientsFile, Language } from '../clients/schema';
import { problemMessage } from '../problem';
import { IMPORT_MESSAGES } from './messages';
import type { ImportProblem } from './problems';

export function clientsForImport(text: string, file: string, language: Language = 'en'): { data?: ClientsFile; problems: ImportProblem[] } {
  const { data, problems } = loadClients(text, { file });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return { data, problems: [] };
  // Placed at the error, so the file is named once: "clients.yaml:24:13: fix this before importing: status: …".
  return { problems: errors.map((p) => ({ where: `${p.file}:${p.line}:${p.column}`, message: IMPORT_MESSAGES[language].fixClientsFirst(problemMessage(p, language)) })) };
}
