// The command-line twin of the extension: parses the global flags and hands over to one command.
import { resolve } from 'node:path';
import { type CliIO, type Command, ExitCode, UsageError } from './command';
import { checkCommand } from './commands/check';
import { draftCommand } from './commands/draft';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { readinessCommand } from './commands/readiness';
import { scanCommand } from './commands/scan';

declare const CLEAN_BREAK_VERSION: string | undefined;

const commands: Command[] = [checkCommand, scanCommand, readinessCommand, draftCommand, lintCommand, importCommand];

function version(): string {
  return typeof CLEAN_BREAK_VERSION === 'string' ? CLEAN_BREAK_VERSION : 'development';
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: clean-break <command> [options]',
    '',
    'End a client relationship well. Nothing is ever sent: drafts are printed for you to read and send.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --workspace DIR  the folder holding clients.yaml (default: the current directory)',
    '  --help           show help (also: clean-break <command> --help)',
    '  --version        print the version',
    '',
    'Exit codes: 0 fine, 1 problems found, 2 usage error, 3 a required polish failed.',
    '',
  ].join('\n');
}

/** Takes `--workspace DIR` (or `--workspace=DIR`) out of the arguments, wherever it stands. */
function extractWorkspace(args: string[], cwd: string): { workspace: string; rest: string[] } {
  const rest: string[] = [];
  let workspace = cwd;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--workspace') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--workspace needs a folder');
      workspace = resolve(cwd, value);
    } else if (arg.startsWith('--workspace=')) {
      workspace = resolve(cwd, arg.slice('--workspace='.length));
    } else {
      rest.push(arg);
    }
  }
  return { workspace, rest };
}

export async function main(argv: string[], io: CliIO, cwd: string): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`clean-break: unknown command '${name}'. Try: clean-break --help\n`);
    return ExitCode.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n${command.summary}\n`);
    return ExitCode.ok;
  }
  try {
    const { workspace, rest } = extractWorkspace(args, cwd);
    return await command.run(rest, { workspace, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`clean-break ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
  main(process.argv.slice(2), io, process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`clean-break: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = ExitCode.problemsFound;
    },
  );
}
