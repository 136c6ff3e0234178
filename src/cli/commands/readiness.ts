import { type Command, ExitCode } from '../command';

export const readinessCommand: Command = {
  name: 'readiness',
  summary: 'check you are ready to end a client relationship',
  usage: 'clean-break readiness --client ID [--workspace DIR] [--today YYYY-MM-DD] [--json]',
  async run(_args, { io }) {
    io.stderr('readiness: not implemented yet\n');
    return ExitCode.problemsFound;
  },
};
