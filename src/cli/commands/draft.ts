import { type Command, ExitCode } from '../command';

export const draftCommand: Command = {
  name: 'draft',
  summary: 'draft a termination email, referral note or meeting request',
  usage: 'clean-break draft termination|referral|meeting --client ID [--workspace DIR] [--lang en|it] [--today YYYY-MM-DD] [--force]',
  async run(_args, { io }) {
    io.stderr('draft: not implemented yet\n');
    return ExitCode.problemsFound;
  },
};
