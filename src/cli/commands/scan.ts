import { type Command, ExitCode } from '../command';

export const scanCommand: Command = {
  name: 'scan',
  summary: 'find what contracts say about ending them',
  usage: 'clean-break scan FILE... [--json] | clean-break scan --jsonl GOLD.jsonl',
  async run(_args, { io }) {
    io.stderr('scan: not implemented yet\n');
    return ExitCode.problemsFound;
  },
};
