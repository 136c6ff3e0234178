import { type Command, ExitCode } from '../command';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check a draft for tone and brevity',
  usage: 'clean-break lint FILE [--lang en|it] [--json]',
  async run(_args, { io }) {
    io.stderr('lint: not implemented yet\n');
    return ExitCode.problemsFound;
  },
};
