// `clean-break check`: validates clients.yaml and lists each client with what it owes, whether it is costly, and
// how far into cooling-off a recorded decision is.
import { join } from 'node:path';
import { deriveFacts, type ClientFacts } from '../../core/clients/derive';
import { pareto, type ParetoEntry } from '../../core/clients/pareto';
import type { Language } from '../../core/clients/schema';
import { formatMoney } from '../../core/drafting/format';
import { loadClientsFile } from '../../core/clients/store';
import type { Problem } from '../../core/problem';
import { contractChecks, isFile, problemLines, shownPath } from '../clientWorkspace';
import { type Command, ExitCode, UsageError } from '../command';
import { parseFlags, todayFlag } from '../flags';
import { CLI_MESSAGES, type CliMessages } from '../messages';

/** Days into cooling-off while a decision is pending; once the relationship has ended, when it did. */
function decisionText(facts: ClientFacts, say: CliMessages): string {
  if (facts.terminatedOn) return say.ended(facts.terminatedOn);
  const c = facts.coolingOff;
  if (!c) return '';
  return c.over ? say.decidedCoolingOffOver(c.day) : say.coolingOffDay(c.day, c.days);
}

/** One aligned line per client: id, status, outstanding amount, costly flag, days into cooling-off. */
function clientLines(clients: ClientFacts[], costly: Set<string>, language: Language): string {
  const say = CLI_MESSAGES[language];
  const rows = clients.map((c) => [
    c.id,
    c.status ?? '-',
    say.outstanding(formatMoney(c.outstanding, language, c.currency)),
    costly.has(c.id) ? say.costly : '-',
    decisionText(c, say),
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
  usage: 'clean-break check [--workspace DIR] [--json] [--today YYYY-MM-DD]',
  async run(args, { workspace, io, language }) {
    const say = CLI_MESSAGES[language];
    const flags = parseFlags(args, ['today'], ['json']);
    if (flags.positionals.length > 0) throw new UsageError((say) => say.unexpectedArgument(flags.positionals[0]));
    const json = flags.switches.has('json');
    const today = todayFlag(flags);
    const path = join(workspace, 'clients.yaml');
    const file = shownPath(path);
    if (!isFile(path)) {
      const message = say.noClientsFile(shownPath(workspace) || '.');
      if (json) {
        const problem: Problem = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message, code: 'clients/no-file' };
        io.stdout(JSON.stringify({ problems: [problem], clients: [] }, null, 2) + '\n');
      } else {
        io.stderr(`clean-break check: ${message}\n`);
      }
      return ExitCode.problemsFound;
    }
    const { data, problems } = loadClientsFile(path, { file, ...contractChecks(workspace, workspace) });
    const facts = deriveFacts(data, today);
    const ranking = pareto(facts.clients);
    const entries = new Map(ranking.entries.map((e) => [e.id, e]));
    const hasErrors = problems.some((p) => p.severity === 'error');
    if (json) {
      const clients = facts.clients.map((c) => jsonClient(c, entries.get(c.id)));
      // Each problem's message in the user's language, as on screen; `messages` keeps both.
      const worded = problems.map((problem) => ({ ...problem, message: problem.messages?.[language] ?? problem.message }));
      io.stdout(JSON.stringify({ problems: worded, clients, terminations: facts.terminations }, null, 2) + '\n');
    } else {
      io.stdout(problemLines(problems, language));
      // One broken client never hides the others: every client that could be read is listed below the problems.
      io.stdout(clientLines(facts.clients, new Set(ranking.entries.filter((e) => e.costly).map((e) => e.id)), language));
    }
    return hasErrors ? ExitCode.problemsFound : ExitCode.ok;
  },
};
