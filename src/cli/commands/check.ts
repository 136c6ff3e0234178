import { type Command, ExitCode } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate clients.yaml and list each client with what it owes and costs',
  usage: 'clean-break check [--workspace DIR] [--json]',
  async run(_args, { io }) {
    io.stderr('check: not implemented yet\n');
    return ExitCode.problemsFound;
  },
};
