// `clean-break draft`: a termination email, referral note or meeting request for one client, on stdout, after the
// readiness check (its warnings on stderr; a blocking item stops the draft unless --force).
import { join } from 'node:path';
import type { Language } from '../../core/clients/schema';
import { createDraft, type Draft, DraftError } from '../../core/drafting/draft';
import { DRAFT_KINDS, type DraftKind, MissingTemplateError, templatesFolder } from '../../core/drafting/templates';
import { knownFactsOf } from '../../core/polish/draftFacts';
import { formatProblem } from '../../core/problem';
import { checkReadiness } from '../../core/readiness/check';
import type { Readiness } from '../../core/readiness/types';
import { type CliIO, type Command, type CommandContext, ExitCode, UsageError } from '../command';
import { loadClientOrReport, readTextFile, type WorkspaceClient } from '../clientWorkspace';
import { languageFlag, parseFlags, todayFlag } from '../flags';
import { CLI_MESSAGES } from '../messages';
import { applyPolish, extractPolishFlags, POLISH_USAGE } from '../polishOptions';
import { readinessLines } from './readiness';

/**
 * The built-in templates next to the running CLI (dist/cli.js → templates/), or the folder named by
 * CLEAN_BREAK_TEMPLATES, which tests and template authors use to run against another set.
 */
export function builtInTemplatesFolder(env: CliIO['env']): string {
  return env.CLEAN_BREAK_TEMPLATES || templatesFolder(join(__dirname, '..'));
}

export interface DraftOptions {
  kind: DraftKind;
  clientId?: string;
  /** The draft's language (--draft-lang); the client's when not given. */
  language?: Language;
  today: string;
  force: boolean;
}

export type DraftOutcome =
  | { state: 'drafted'; draft: Draft; readiness: Readiness }
  | { state: 'not-ready'; readiness: Readiness }
  | { state: 'failed'; message: string };

function parseDraftOptions(args: string[]): DraftOptions {
  const flags = parseFlags(args, ['client', 'draft-lang', 'today'], ['force']);
  const [kind, extra] = flags.positionals;
  if (kind === undefined) throw new UsageError((say) => say.whatToDraft(DRAFT_KINDS));
  if (!(DRAFT_KINDS as readonly string[]).includes(kind)) throw new UsageError((say) => say.cannotDraft(kind, DRAFT_KINDS));
  if (extra !== undefined) throw new UsageError((say) => say.unexpectedArgument(extra));
  return {
    kind: kind as DraftKind,
    clientId: flags.values.get('client'),
    language: languageFlag(flags, 'draft-lang'),
    today: todayFlag(flags),
    force: flags.switches.has('force'),
  };
}

/**
 * Checks readiness, its reasons in the user's language, and, when ready or forced, renders the draft in the
 * client's; printing is left to the caller.
 */
async function produceDraft(options: DraftOptions, loaded: WorkspaceClient, context: CommandContext): Promise<DraftOutcome> {
  const { file, client, contract } = loaded;
  const readiness = checkReadiness({ file, client, contract, today: options.today, language: context.language });
  if (readiness.blocked && !options.force) return { state: 'not-ready', readiness };
  try {
    const draft = await createDraft(
      {
        kind: options.kind,
        client,
        me: file.me,
        defaults: file.defaults,
        contract: contract.state === 'scanned' ? contract.summary : undefined,
        today: options.today,
        language: options.language,
      },
      // Whoever runs the command line chose this folder, so its overrides are trusted.
      { builtInFolder: builtInTemplatesFolder(context.io.env), workspaceRoot: context.workspace, trusted: true, readText: readTextFile },
    );
    return { state: 'drafted', draft, readiness };
  } catch (error) {
    if (error instanceof DraftError) return { state: 'failed', message: error.messages[context.language] };
    if (error instanceof MissingTemplateError) return { state: 'failed', message: error.message };
    throw error;
  }
}

export const draftCommand: Command = {
  name: 'draft',
  usage: `clean-break draft termination|referral|meeting --client ID [--workspace DIR] [--draft-lang en|it] [--today YYYY-MM-DD] [--force] ${POLISH_USAGE}`,
  async run(args: string[], context: CommandContext) {
    const { workspace, io, language } = context;
    const say = CLI_MESSAGES[language];
    const { polish, rest } = extractPolishFlags(args);
    const options = parseDraftOptions(rest);
    const loaded = await loadClientOrReport('draft', workspace, options.clientId, io, language);
    if (!loaded) return ExitCode.problemsFound;
    const outcome = await produceDraft(options, loaded, context);
    if (outcome.state === 'failed') {
      io.stderr(`clean-break draft: ${outcome.message}\n`);
      return ExitCode.problemsFound;
    }
    const attention = outcome.readiness.items.filter((item) => item.status !== 'ok');
    if (attention.length > 0) io.stderr(`${say.readinessHeading}\n${readinessLines(attention)}`);
    if (outcome.state === 'not-ready') {
      io.stderr(`${say.notReadyToDraft}\n`);
      return ExitCode.problemsFound;
    }
    const { draft } = outcome;
    for (const problem of draft.problems) io.stderr(`${formatProblem(problem, language)}\n`);
    for (const note of draft.notes) io.stderr(`${say.note(note[language])}\n`);
    const others = loaded.file.clients.filter((c) => c !== loaded.client);
    const polishContext = { kind: draft.kind, language: draft.language, ...knownFactsOf(draft, loaded.client, loaded.file.me, others) };
    const result = await applyPolish(draft.text, polishContext, polish, io, language);
    io.stdout(result.text);
    return result.exitCode;
  },
};
