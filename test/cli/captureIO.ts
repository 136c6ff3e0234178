// Runs the command line in-process with an io that keeps what it prints, for the CLI tests.
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';

export interface CapturedIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

export function captureIO(env: Record<string, string> = {}): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), env },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

export async function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
  const captured = captureIO(options.env);
  const code = await main(args, captured.io, options.cwd ?? process.cwd());
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}
