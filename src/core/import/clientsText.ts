// The clients.yaml an import works on: read as the loader reads it, refused while it has errors, since the import's
// edits go through the write-back, which needs a sound file to change only the nodes concerned.
import { loadClients } from '../clients/loader';
import type { ClientsFile } from '../clients/schema';
import { formatProblem } from '../problem';
import type { ImportProblem } from './problems';

export function clientsForImport(text: string, file: string): { data?: ClientsFile; problems: ImportProblem[] } {
  const { data, problems } = loadClients(text, { file });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return { data, problems: [] };
  return { problems: errors.map((p) => ({ where: file, message: `fix clients.yaml before importing: ${formatProblem(p)}` })) };
}
