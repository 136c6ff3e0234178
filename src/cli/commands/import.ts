// `clean-break import hours|invoices|mail`: shows what an import would change in clients.yaml as a diff, and writes
// it only with --write, through the same byte-preserving write-back and stamped store as the extension.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Language } from '../../core/clients/schema';
import { readStamped, writeStamped } from '../../core/clients/store';
import { MAX_IMPORT_BYTES, tooLarge } from '../../core/import/csvTable';
import { decodeExport } from '../../core/import/exportText';
import { planHoursImport } from '../../core/import/hoursImport';
import { planInvoiceImport } from '../../core/import/invoiceImport';
import { planMailImport } from '../../core/import/mailImport';
import { formatImportProblem, type ImportProblem, type ImportResult } from '../../core/import/problems';
import { parseMapping } from '../../core/import/timeTrackers';
import type { DateOrder } from '../../core/import/values';
import { fileTrouble, isFile } from '../clientWorkspace';
import { type CliIO, type Command, ExitCode, UsageError } from '../command';
import { parseFlags } from '../flags';
import { CLI_MESSAGES, type CliMessages } from '../messages';

const KINDS = ['hours', 'invoices', 'mail'] as const;
type Kind = (typeof KINDS)[number];
/** The terminal stops being useful long before this; the rest is counted. */
const SHOWN_PROBLEMS = 50;

function dateOrderFlag(value: string | undefined): DateOrder | undefined {
  if (value === undefined || value === 'dmy' || value === 'mdy') return value;
  throw new UsageError((say) => say.oneOf('--date-order', ['dmy', 'mdy'], value));
}

function mappingFlag(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const parsed = parseMapping(value);
  if ('badPair' in parsed) throw new UsageError((say) => say.mapPairs(parsed.badPair));
  return parsed.mapping;
}

/** The export as text; a file too large to import is a problem, not a crash. */
function readExport(path: string, shown: string, language: Language): { text?: string; problem?: ImportProblem } {
  const bytes = statSync(path).size;
  if (bytes > MAX_IMPORT_BYTES) return { problem: tooLarge(shown, bytes, language) };
  return { text: decodeExport(readFileSync(path)).text };
}

interface PlanRequest {
  kind: Kind;
  path: string;
  shown: string;
  flags: ReturnType<typeof parseFlags>;
  language: Language;
}

async function plan({ kind, path, shown, flags, language }: PlanRequest, clientsText: string): Promise<ImportResult & { label?: string }> {
  const mapping = mappingFlag(flags.values.get('map'));
  const options = { file: shown, clientsFile: 'clients.yaml', mapping, dateOrder: dateOrderFlag(flags.values.get('date-order')), language };
  if (kind === 'mail') return planMailImport(path, clientsText, options);
  const { text, problem } = readExport(path, shown, language);
  if (text === undefined) return { problems: [problem as ImportProblem] };
  return kind === 'hours' ? planHoursImport(text, clientsText, options) : planInvoiceImport(text, clientsText, options);
}

/** Cuts the diff's very long lines (the keys of thousands of imported time entries) to what a terminal can show. */
function shortenLines(patch: string, say: CliMessages): string {
  return patch.replace(/^(.{160}).{40,}$/gm, (line, kept: string) => `${kept}… ${say.moreCharacters(line.length - kept.length)}`);
}

function printProblems(io: CliIO, problems: ImportProblem[], say: CliMessages): void {
  for (const problem of problems.slice(0, SHOWN_PROBLEMS)) io.stderr(`${formatImportProblem(problem)}\n`);
  if (problems.length > SHOWN_PROBLEMS) io.stderr(`${say.moreImportProblems(problems.length - SHOWN_PROBLEMS)}\n`);
  io.stderr(`${say.nothingWasWritten}\n`);
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'clean-break import hours FILE.csv | invoices FILE.csv | mail FILE.mbox|FOLDER [--workspace DIR] [--map field=Header,...] [--date-order dmy|mdy] [--write]',
  async run(args, { workspace, io, language }) {
    const say = CLI_MESSAGES[language];
    const flags = parseFlags(args, ['map', 'date-order'], ['write']);
    const [kind, source, extra] = flags.positionals;
    if (kind === undefined) throw new UsageError((say) => say.whatToImport(KINDS));
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError((say) => say.cannotImport(kind, KINDS));
    if (source === undefined) throw new UsageError((say) => say.importNeedsFile(kind));
    if (extra !== undefined) throw new UsageError((say) => say.unexpectedArgument(extra));
    const clientsPath = resolve(workspace, 'clients.yaml');
    if (!isFile(clientsPath)) {
      io.stderr(`${say.importNoClients(workspace)}\n`);
      return ExitCode.problemsFound;
    }
    const path = resolve(process.cwd(), source);
    const trouble = fileTrouble(path);
    if (trouble === 'ENOENT') throw new UsageError((say) => say.noSuchSource(source));
    // A mailbox may be a folder of messages; an export must be a file (a pipe would block the read for ever).
    if (trouble && !(kind === 'mail' && trouble === 'EISDIR')) {
      throw new UsageError((say) => (trouble === 'EISDIR' ? say.notACsvFile(source) : say.cannotRead(source, say.fileTrouble(trouble))));
    }
    const { text: before, stamp } = readStamped(clientsPath);
    const result = await plan({ kind: kind as Kind, path, shown: source, flags, language }, before);
    if (result.problems.length > 0 || !result.plan) {
      printProblems(io, result.problems, say);
      return ExitCode.problemsFound;
    }
    const { changes, alreadyImported, unattributed } = result.plan;
    if (result.label) io.stdout(`${source}: ${result.label}\n`);
    for (const change of changes) io.stdout(`  ${change}\n`);
    if (alreadyImported > 0) io.stdout(`  ${say.alreadyImported(alreadyImported)}\n`);
    if (unattributed.length > 0) {
      io.stdout(`${say.notAttributed(kind === 'mail')}\n`);
      for (const u of unattributed) {
        const total = u.total === undefined ? '' : `, ${u.total}${kind === 'hours' ? ' h' : ''}`;
        io.stdout(`  "${u.name}": ${u.count}${total} (${u.places.join('; ')}${u.count > u.places.length ? '; …' : ''})\n`);
      }
    }
    const after = result.plan.apply(before);
    if (after === before) {
      io.stdout(`${say.nothingToChange}\n`);
      return ExitCode.ok;
    }
    io.stdout(shortenLines(createTwoFilesPatch('clients.yaml', 'clients.yaml', before, after, say.diffBefore, say.diffAfter), say));
    if (!flags.switches.has('write')) {
      io.stdout(`${say.notWrittenWithoutWrite}\n`);
      return ExitCode.ok;
    }
    writeStamped(clientsPath, after, stamp);
    io.stdout(`${say.clientsUpdated}\n`);
    return ExitCode.ok;
  },
};
