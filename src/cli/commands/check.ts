// `clean-break check`: validates clients.yaml and lists each client with what it owes, whether it is costly, and
// how far into cooling-off a recorded decision is.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { deriveFacts, type ClientFacts } from '../../core/clients/derive';
import { loadClients } from '../../core/clients/loader';
import { pareto, type ParetoEntry } from '../../core/clients/pareto';
import type { Problem } from '../../core/problem';
import { isFile, problemLines } from '../clientWorkspace';
import { type Command, ExitCode, UsageError } from '../command';
import { parseFlags, todayFlag } from '../flags';

/** The path as the user can open it: relative to the current folder when inside it, absolute otherwise. */
function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

function money(amount: number, currency: string | undefined): string {
  return `${amount.toFixed(2)}${currency ? ` ${currency}` : ''}`;
}

/** Days into cooling-off while a decision is pending; once the relationship has ended, when it did. */
function decisionText(facts: ClientFacts): string {
  if (facts.terminatedOn) return `ended ${facts.terminatedOn}`;
  const c = facts.coolingOff;
  if (!c) return '';
  return c.over ? `decided ${c.day} days ago, cooling-off over` : `cooling-off day ${c.day} of ${c.days}`;
}

/** One aligned line per client: id, status, outstanding amount, costly flag, days into cooling-off. */
function clientLines(clients: ClientFacts[], costly: Set<string>): string {
  const rows = clients.map((c) => [
    c.id,
    c.status ?? '-',
    `outstanding ${money(c.outstanding, c.currency)}`,
    costly.has(c.id) ? 'costly' : '-',
    decisionText(c),
  ]);
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column].length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd() + '\n').join('');
}

function jsonClient(facts: ClientFacts, entry: ParetoEntry | undefined) {
  return {
    ...facts,
    paidUndelivered: facts.paidUndelivered.map((d) => d.title),
    trouble: entry?.trouble,
    troubleShare: entry?.troubleShare,
    revenueShare: entry?.revenueShare,
    costly: entry?.costly ?? false,
  };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate clients.yaml and list each client with what it owes and costs',
  usage: 'clean-break check [--workspace DIR] [--json] [--today YYYY-MM-DD]',
  async run(args, { workspace, io }) {
    const flags = parseFlags(args, ['today'], ['json']);
    if (flags.positionals.length > 0) throw new UsageError(`unexpected argument '${flags.positionals[0]}'`);
    const json = flags.switches.has('json');
    const today = todayFlag(flags);
    const path = join(workspace, 'clients.yaml');
    const file = shownPath(path);
    if (!isFile(path)) {
      const message = `no clients.yaml in ${shownPath(workspace) || '.'} — create one there (the README describes the format) or pass --workspace DIR`;
      if (json) {
        const problem: Problem = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message, code: 'clients/no-file' };
        io.stdout(JSON.stringify({ problems: [problem], clients: [] }, null, 2) + '\n');
      } else {
        io.stderr(`clean-break check: ${message}\n`);
      }
      return ExitCode.problemsFound;
    }
    const { data, problems } = loadClients(readFileSync(path, 'utf8'), {
      file,
      exists: (relativePath) => existsSync(resolve(workspace, relativePath)), // a file, or a folder of notes and emails
    });
    const facts = deriveFacts(data, today);
    const ranking = pareto(facts.clients);
    const entries = new Map(ranking.entries.map((e) => [e.id, e]));
    const hasErrors = problems.some((p) => p.severity === 'error');
    if (json) {
      const clients = facts.clients.map((c) => jsonClient(c, entries.get(c.id)));
      io.stdout(JSON.stringify({ problems, clients, terminations: facts.terminations }, null, 2) + '\n');
    } else {
      io.stdout(problemLines(problems));
      if (!hasErrors) io.stdout(clientLines(facts.clients, new Set(ranking.entries.filter((e) => e.costly).map((e) => e.id))));
    }
    return hasErrors ? ExitCode.problemsFound : ExitCode.ok;
  },
};
