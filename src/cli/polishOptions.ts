// `clean-break draft … --polish`: the polish flags, and polishing the finished template draft with them. Without
// --polish nothing here reaches the network or loads the openai SDK.
import type { Language } from '../core/clients/schema';
import { lintText } from '../core/lint/engine';
import type { KnownFacts } from '../core/polish/facts';
import type { DraftKind } from '../core/drafting/templates';
import type { LintFunction } from '../core/polish/guard';
import { createOpenAiProvider, DEFAULT_TIMEOUT_SECONDS } from '../core/polish/openaiProvider';
import { polishDraft } from '../core/polish/polish';
import { type RedactChoice, shouldRedact } from '../core/polish/redact';
import { type CliIO, ExitCode, UsageError } from './command';

export const POLISH_USAGE = '[--polish [--base-url URL] [--model NAME] [--timeout SECONDS] [--no-redact] [--require-polish]]';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_MODEL = 'gpt-4o-mini';
const MAX_TIMEOUT_SECONDS = 600;

export interface PolishFlags {
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
  redact: RedactChoice;
  /** --require-polish: a polish that is not used makes the command exit 3. */
  required: boolean;
}

/** What the draft command knows about the draft it made. */
export interface DraftPolishContext extends KnownFacts {
  kind: DraftKind;
  language: Language;
}

const VALUE_FLAGS = ['--base-url', '--model', '--timeout'] as const;
const SWITCHES = ['--polish', '--no-redact', '--redact', '--require-polish'] as const;

/** Takes the polish flags out of the arguments, wherever they stand; `polish` is undefined without --polish. */
export function extractPolishFlags(args: readonly string[]): { polish?: PolishFlags; rest: string[] } {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].startsWith('--') ? splitInline(args[i]) : [args[i], undefined];
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError((say) => say.needsValue(name));
      values.set(name, value);
    } else if ((SWITCHES as readonly string[]).includes(name) && inline === undefined) {
      switches.add(name);
    } else {
      rest.push(args[i]);
    }
  }
  if (!switches.has('--polish')) {
    const stray = [...values.keys(), ...switches][0];
    if (stray) throw new UsageError((say) => say.goesWithPolish(stray));
    return { rest };
  }
  if (switches.has('--redact') && switches.has('--no-redact')) throw new UsageError((say) => say.redactOrNot);
  return {
    polish: {
      baseUrl: baseUrlOf(values.get('--base-url') ?? DEFAULT_BASE_URL),
      model: values.get('--model') ?? DEFAULT_MODEL,
      timeoutSeconds: timeoutOf(values.get('--timeout')),
      redact: switches.has('--no-redact') ? 'off' : switches.has('--redact') ? 'on' : 'auto',
      required: switches.has('--require-polish'),
    },
    rest,
  };
}

function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function baseUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError((say) => say.baseUrlLike(DEFAULT_BASE_URL));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError((say) => say.baseUrlNot(url.protocol));
  return text.replace(/\/+$/, '');
}

function timeoutOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new UsageError((say) => say.timeoutRange(MAX_TIMEOUT_SECONDS));
  }
  return seconds;
}

const API_KEY_HINT = {
  en: 'set it with CLEAN_BREAK_API_KEY (or OPENAI_API_KEY, for OpenAI only)',
  it: 'impostala con CLEAN_BREAK_API_KEY (o OPENAI_API_KEY, solo per OpenAI)',
};

const OPENAI_ORIGIN = new URL(DEFAULT_BASE_URL).origin;

/**
 * The key for the endpoint: CLEAN_BREAK_API_KEY, which the user gives for the --base-url of the same command, or
 * OPENAI_API_KEY, a key OpenAI issued, which goes to OpenAI's own origin and nowhere else.
 */
export function apiKeyFor(baseUrl: string, env: CliIO['env']): string | undefined {
  if (env.CLEAN_BREAK_API_KEY) return env.CLEAN_BREAK_API_KEY;
  return new URL(baseUrl).origin === OPENAI_ORIGIN ? env.OPENAI_API_KEY || undefined : undefined;
}

/** A reason that already ends a sentence ("… harder to argue with.") takes no second full stop. */
function sentence(reason: string): string {
  // A loop from the end, not a pattern: a pattern anchored at the end retries from every stop in a long reason.
  let end = reason.length;
  while (end > 0 && /\s/.test(reason[end - 1])) end--;
  while (end > 0 && '.!?…'.includes(reason[end - 1])) end--;
  return reason.slice(0, end);
}

// What is printed instead of a polish that was not used: the template draft (draft --polish) or the user's (polish).
const NOT_USED = {
  draft: {
    en: (reason: string) => `clean-break draft: polish not used: ${sentence(reason)}. The template draft is printed.\n`,
    it: (reason: string) => `clean-break draft: rifinitura non usata: ${sentence(reason)}. Viene stampata la bozza del modello.\n`,
  },
  polish: {
    en: (reason: string) => `clean-break polish: polish not used: ${sentence(reason)}. The draft is printed unchanged.\n`,
    it: (reason: string) => `clean-break polish: rifinitura non usata: ${sentence(reason)}. Viene stampata la bozza invariata.\n`,
  },
};

/**
/**
 * The text to print for a draft: the polished one when --polish was given and the guard accepts it, the draft
 * otherwise (with the reason on stderr, in `language`, the user's). Ctrl-C during the request cancels only the polish.
 */
export async function applyPolish(
  draft: string,
  context: DraftPolishContext,
  flags: PolishFlags | undefined,
  io: CliIO,
  language: Language,
  command: keyof typeof NOT_USED = 'draft',
): Promise<{ text: string; exitCode: ExitCode }> {
  if (!flags) return { text: draft, exitCode: ExitCode.ok };
  const interrupt = new AbortController();
  const cancel = () => interrupt.abort();
  process.once('SIGINT', cancel);
  const lintKind = context.kind === 'termination' ? 'termination' : 'other';
  const lint: LintFunction = (text, language) => lintText(text, { language, kind: lintKind });
  try {
    const result = await polishDraft({
      draft,
      language: context.language,
      kind: context.kind,
      known: context,
      provider: createOpenAiProvider({
        baseUrl: flags.baseUrl,
        model: flags.model,
        apiKey: apiKeyFor(flags.baseUrl, io.env),
        timeoutSeconds: flags.timeoutSeconds,
        apiKeyHint: API_KEY_HINT,
      }),
      redact: shouldRedact(flags.redact, flags.baseUrl),
      lint,
      signal: interrupt.signal,
    });
    if (result.accepted) return { text: result.text, exitCode: ExitCode.ok };
    io.stderr(NOT_USED[command][language](result.messages[language]));
    return { text: draft, exitCode: flags.required ? ExitCode.polishFailed : ExitCode.ok };
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}
