// `clean-break lint`: the tone and brevity linter on a file, with the workspace's .clean-break/lint.json applied. The
// rules follow the text's language (detected, or --text-lang); the messages follow the user's.
import { join, resolve } from 'node:path';
import { LINT_CONFIG_PATH, parseLintConfig } from '../../core/lint/config';
import { lintText } from '../../core/lint/engine';
import type { LintFinding } from '../../core/lint/types';
import { formatProblem } from '../../core/problem';
import { type Command, type CommandContext, ExitCode, UsageError } from '../command';
import { cannotReadFile, readTextFile } from '../clientWorkspace';
import { languageFlag, parseFlags } from '../flags';
import { CLI_MESSAGES } from '../messages';
import { inputProblem } from '../../core/clauses/input';

function findingLine(file: string, finding: LintFinding): string {
  return `${file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.rule}]\n`;
}

function findingJson({ rule, severity, line, column, endLine, endColumn, message, fix }: LintFinding) {
  return { rule, severity, line, column, endLine, endColumn, message, ...(fix ? { fix } : {}) };
}

export const lintCommand: Command = {
  name: 'lint',
  usage: 'clean-break lint FILE [--text-lang en|it] [--json]',
  async run(args: string[], { workspace, io, language: messageLanguage }: CommandContext) {
    const flags = parseFlags(args, ['text-lang'], ['json']);
    const [file, extra] = flags.positionals;
    if (file === undefined) throw new UsageError((say) => say.nameFileToLint);
    if (extra !== undefined) throw new UsageError((say) => say.unexpectedArgument(extra));
    const language = languageFlag(flags, 'text-lang');

    const text = await readTextFile(resolve(file));
    if (text === undefined) {
      io.stderr(`clean-break lint: ${cannotReadFile(resolve(file), file, CLI_MESSAGES[messageLanguage])}\n`);
      return ExitCode.problemsFound;
    }
    if (inputProblem(text) === 'binary') {
      io.stderr(`clean-break lint: ${CLI_MESSAGES[messageLanguage].cannotRead(file, CLI_MESSAGES[messageLanguage].notText)}\n`);
      return ExitCode.problemsFound;
    }
    const configText = await readTextFile(join(workspace, LINT_CONFIG_PATH));
    const { config, problems } = configText === undefined ? { config: { disable: [] }, problems: [] } : parseLintConfig(configText, LINT_CONFIG_PATH);
    for (const problem of problems) io.stderr(`${formatProblem(problem, messageLanguage)}\n`);

    const findings = lintText(text, { ...(language ? { language } : {}), messageLanguage, disable: config.disable });
    if (flags.switches.has('json')) {
      io.stdout(`${JSON.stringify({ findings: findings.map(findingJson) }, null, 2)}\n`);
    } else {
      for (const finding of findings) io.stdout(findingLine(file, finding));
    }
    const failing = findings.some((f) => f.severity !== 'info') || problems.some((p) => p.severity === 'error');
    return failing ? ExitCode.problemsFound : ExitCode.ok;
  },
};
