// The command-line twin of the extension: parses the global flags and hands over to one command.
import { resolve } from 'node:path';
import { LocalizedError } from '../core/localizedError';
import { RefusedFileError } from '../core/workspace';
import { type CliIO, type Command, ExitCode, UsageError } from './command';
import { checkCommand } from './commands/check';
import { draftCommand } from './commands/draft';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { polishCommand } from './commands/polish';
import { readinessCommand } from './commands/readiness';
import { scanCommand } from './commands/scan';
import { CLI_MESSAGES, type CliMessages } from './messages';
import { LANGUAGES, type Language } from '../core/clients/schema';
import { interfaceLanguageOf, messagesLocale } from '../core/locale';
import { safeIO } from './safeOutput';
import { isFolder } from './clientWorkspace';

declare const CLEAN_BREAK_VERSION: string | undefined;

const commands: Command[] = [checkCommand, scanCommand, readinessCommand, draftCommand, lintCommand, polishCommand, importCommand];

function version(): string {
  return typeof CLEAN_BREAK_VERSION === 'string' ? CLEAN_BREAK_VERSION : 'development';
}

function helpText(say: CliMessages): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    say.usage,
    '',
    say.about,
    '',
    say.commands,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${say.summaries[c.name]}`),
    '',
    say.globalOptions,
    `  --workspace DIR  ${say.workspaceOption}`,
    `  --lang en|it     ${say.langOption}`,
    `  --help           ${say.helpOption}`,
    `  --version        ${say.versionOption}`,
    '',
    say.exitCodes,
    '',
  ].join('\n');
}

interface GlobalOptions {
  workspace: string;
  language?: Language;
  rest: string[];
}

/** Takes `--workspace DIR` and `--lang en|it` (or `--name=value`) out of the arguments, wherever they stand. */
function extractGlobalOptions(args: string[], cwd: string): GlobalOptions {
  const options: GlobalOptions = { workspace: cwd, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (name !== '--workspace' && name !== '--lang') {
      options.rest.push(arg);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError((say) => (name === '--workspace' ? say.workspaceNeedsFolder : say.langNeedsValue(LANGUAGES)));
    if (name === '--workspace') options.workspace = resolve(cwd, value);
    else if ((LANGUAGES as readonly string[]).includes(value)) options.language = value as Language;
    else throw new UsageError((say) => say.oneOf('--lang', LANGUAGES, value));
  }
  return options;
}

export async function main(argv: string[], terminal: CliIO, cwd: string): Promise<ExitCode> {
  const io = safeIO(terminal);
  let options: GlobalOptions;
  try {
    options = extractGlobalOptions(argv, cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`clean-break: ${error.in(CLI_MESSAGES[interfaceLanguageOf(messagesLocale(io.env))])}\n`);
    return ExitCode.usage;
  }
  const language = options.language ?? interfaceLanguageOf(messagesLocale(io.env));
  const say = CLI_MESSAGES[language];
  if (!isFolder(options.workspace)) {
    io.stderr(`clean-break: ${say.noSuchWorkspace(options.workspace)}\n`);
    return ExitCode.usage;
  }
  const [name, ...args] = options.rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(say));
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${say.unknownCommand(name)}\n`);
    return ExitCode.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${say.usageOf(command.usage)}\n${say.summaries[command.name]}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(args, { workspace: options.workspace, io, language });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`clean-break ${command.name}: ${error.in(say)}\n${say.usageOf(command.usage)}\n`);
      return ExitCode.usage;
    }
    if (error instanceof RefusedFileError) {
      io.stderr(`${error.problemLine(language)}\n`);
      return ExitCode.problemsFound;
    }
    // A failure the core words, such as clients.yaml changing on disk while an import wrote it.
    if (error instanceof LocalizedError) {
      io.stderr(`clean-break ${command.name}: ${error.messages[language]}\n`);
      return ExitCode.problemsFound;
    }
    throw error;
  }
}

/**
 * What a command does when its reader goes away (`clean-break scan *.md | head`): stop at once, quietly, with the
 * status a shell gives grep or git killed by SIGPIPE (128 + 13). Node ignores SIGPIPE, so a write to the closed pipe
 * fails with EPIPE instead, which would otherwise end in a stack trace.
 */
export const CLOSED_OUTPUT_EXIT_CODE = 141;

function exitQuietlyWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(CLOSED_OUTPUT_EXIT_CODE);
  });
}

if (require.main === module) {
  exitQuietlyWhenClosed(process.stdout);
  exitQuietlyWhenClosed(process.stderr);
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
