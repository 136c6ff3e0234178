// `clean-break polish FILE --client ID`: the twin of Polish Draft. Polishes a draft the user edited, under the same
// guard and redaction as `draft --polish`, and prints the polished draft, or the draft unchanged with the reason.
import { resolve } from 'node:path';
import type { Language } from '../../core/clients/schema';
import { SUBJECT_LABELS } from '../../core/drafting/subject';
import { detectLanguage } from '../../core/language';
import { knownFactsOf } from '../../core/polish/draftFacts';
import { type Command, type CommandContext, ExitCode, UsageError } from '../command';
import { cannotReadFile, loadClientOrReport, readTextFile } from '../clientWorkspace';
import { parseFlags } from '../flags';
import { CLI_MESSAGES } from '../messages';
import { applyPolish, extractPolishFlags } from '../polishOptions';

/** The draft's language: its subject label says it, else its words, else the client's. */
function draftLanguage(text: string, fallback: Language): Language {
  const label = (Object.entries(SUBJECT_LABELS) as [Language, string][]).find(([, l]) => text.toLowerCase().startsWith(`${l.toLowerCase()}:`));
  if (label) return label[0];
  const detected = detectLanguage(text);
  return detected === 'other' ? fallback : detected;
}

export const polishCommand: Command = {
  name: 'polish',
  usage: 'clean-break polish FILE --client ID [--workspace DIR] [--base-url URL] [--model NAME] [--timeout SECONDS] [--redact|--no-redact] [--require-polish]',
  async run(args: string[], { workspace, io, language: messageLanguage }: CommandContext) {
    const { polish, rest } = extractPolishFlags(['--polish', ...args]);
    const flags = parseFlags(rest, ['client'], []);
    const [file, extra] = flags.positionals;
    if (file === undefined) throw new UsageError((say) => say.nameDraftToPolish);
    if (extra !== undefined) throw new UsageError((say) => say.unexpectedArgument(extra));
    const loaded = await loadClientOrReport('polish', workspace, flags.values.get('client'), io, messageLanguage);
    if (!loaded) return ExitCode.problemsFound;
    const text = await readTextFile(resolve(file));
    if (text === undefined) {
      io.stderr(`clean-break polish: ${cannotReadFile(resolve(file), file, CLI_MESSAGES[messageLanguage])}\n`);
      return ExitCode.problemsFound;
    }
    const { client, file: clients } = loaded;
    const language = draftLanguage(text, client.language ?? clients.me?.language ?? 'en');
    const others = clients.clients.filter((c) => c !== client);
    // A draft the user wrote may be of any kind: it is held to the termination email's 150 words, or its own length.
    const context = { kind: 'termination' as const, language, ...knownFactsOf({}, client, clients.me, others) };
    const result = await applyPolish(text, context, polish, io, messageLanguage, 'polish');
    io.stdout(result.text);
    return result.exitCode;
  },
};
