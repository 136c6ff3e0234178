// What every command-line command looks like, and the exit codes they share.
import type { Language } from '../core/clients/schema';
import { CLI_MESSAGES, type CliMessages } from './messages';
export const ExitCode = {
  ok: 0,
  problemsFound: 1,
  usage: 2,
  polishFailed: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  /** Absolute path of `--workspace`, or the current directory. */
  workspace: string;
  io: CliIO;
  /** The language of everything the command says itself: --lang, else the locale. Drafts follow the client. */
  language: Language;
}

export interface Command {
  /** Its one line for `--help` is in the message tables, under this name. */
  name: keyof CliMessages['summaries'];
  /** The usage line shown by `clean-break <name> --help` and after a usage error. */
  usage: string;
  run(args: string[], context: CommandContext): Promise<ExitCode>;
}

/** A mistake in how the command was called; main prints it in the user's language with a one-line hint, and exits 2. */
export class UsageError extends Error {
  constructor(private readonly wording: (say: CliMessages) => string) {
    super(wording(CLI_MESSAGES.en));
  }

  in(say: CliMessages): string {
    return this.wording(say);
  }
}
