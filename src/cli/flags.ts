// Command-line flags shared by the commands: `--name value`, `--name=value` and switches.
import { LANGUAGES, type Language, isoDateSchema } from '../core/clients/schema';
import { UsageError } from './command';
import { localDate } from '../core/clients/dates';

export interface ParsedFlags {
  values: Map<string, string>;
  switches: Set<string>;
  positionals: string[];
}

/**
 * `valued` flags take a value, `switches` do not; anything else starting with `--` is a usage error. After a bare `--`
 * every argument is positional, as in other command-line tools (a file named "--draft.md").
 */
export function parseFlags(args: string[], valued: readonly string[], switches: readonly string[]): ParsedFlags {
  const parsed: ParsedFlags = { values: new Map(), switches: new Set(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(name) && inline === undefined) {
      parsed.switches.add(name);
    } else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError((say) => say.needsValue(`--${name}`));
      parsed.values.set(name, value);
    } else {
      throw new UsageError((say) => say.unknownOption(arg));
    }
  }
  return parsed;
}

/** `--today`, checked; the real local date when not given. */
export function todayFlag(flags: ParsedFlags): string {
  const value = flags.values.get('today');
  if (value === undefined) return localDate(new Date());
  if (!isoDateSchema.safeParse(value).success) throw new UsageError((say) => say.todayDate(value));
  return value;
}

/** A language flag such as `--draft-lang` (`--lang` itself, the interface's, is taken by main). */
export function languageFlag(flags: ParsedFlags, name: string): Language | undefined {
  const value = flags.values.get(name);
  if (value === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError((say) => say.oneOf(`--${name}`, LANGUAGES, value));
  return value as Language;
}
