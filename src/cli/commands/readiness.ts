// `clean-break readiness`: the article's checklist for one client, and exit 1 when an item blocks.
import { checkReadiness } from '../../core/readiness/check';
import type { Readiness, ReadinessItem } from '../../core/readiness/types';
import { type Command, type CommandContext, ExitCode, UsageError } from '../command';
import { loadClientOrReport } from '../clientWorkspace';
import { parseFlags, todayFlag } from '../flags';
import { CLI_MESSAGES, type CliMessages } from '../messages';

/** One aligned line per item, e.g. `  warn   money         Unpaid: 2026-052 (€1,600.00, due 25 December 2026). …`. */
export function readinessLines(items: readonly ReadinessItem[]): string {
  const width = Math.max(...items.map((item) => item.id.length));
  return items.map((item) => `  ${item.status.padEnd(5)}  ${item.id.padEnd(width)}  ${item.reason}\n`).join('');
}

function summaryLine(readiness: Readiness, say: CliMessages): string {
  const blocking = readiness.items.filter((item) => item.status === 'block').length;
  const warnings = readiness.items.filter((item) => item.status === 'warn').length;
  if (blocking > 0) return `${say.notReady(blocking, warnings)}\n`;
  return `${warnings > 0 ? say.readyWith(warnings) : say.ready}\n`;
}

export const readinessCommand: Command = {
  name: 'readiness',
  usage: 'clean-break readiness --client ID [--workspace DIR] [--today YYYY-MM-DD] [--json]',
  async run(args: string[], { workspace, io, language }: CommandContext) {
    const flags = parseFlags(args, ['client', 'today'], ['json']);
    if (flags.positionals.length > 0) throw new UsageError((say) => say.unexpectedArgument(flags.positionals[0]));
    const today = todayFlag(flags);
    const loaded = await loadClientOrReport('readiness', workspace, flags.values.get('client'), io, language);
    if (!loaded) return ExitCode.problemsFound;
    const readiness = checkReadiness({ file: loaded.file, client: loaded.client, contract: loaded.contract, today, language });
    if (flags.switches.has('json')) {
      io.stdout(`${JSON.stringify({ today, ...readiness }, null, 2)}\n`);
    } else {
      io.stdout(`${loaded.client.name} (${loaded.client.id}), ${today}\n${readinessLines(readiness.items)}${summaryLine(readiness, CLI_MESSAGES[language])}`);
    }
    return readiness.blocked ? ExitCode.problemsFound : ExitCode.ok;
  },
};
