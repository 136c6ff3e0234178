// A quick check-and-convert derived from the zod schema itself, for the usual case of a valid file. zod copies every
// object it parses and allocates twice per field; on the 5,000-client benchmark file that was about 90 ms, most of
// it garbage collection. This walks the same schema and answers either zod's data (deep-equal; keys keep the order
// they were written in) or UNSURE. It returns the input's own objects wherever nothing changes (an object is copied
// only to add a default or convert a value), so the data shares objects with the input: neither is changed after.
// zod stays the authority: the caller parses with zod whenever this says UNSURE, so every message still comes from
// zod, and any part of the schema this does not know how to walk is handed to zod as it is.
import type { z } from 'zod';

/** "Not known to be valid": parse with zod to learn why (or to find that it was valid after all). */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastParse<T> = (value: unknown) => T | typeof UNSURE;

type Walk = (value: unknown) => unknown;
type Check = (value: never) => boolean;

/** The parts of zod's internal definitions this reads; anything else is handed to zod. */
interface Def {
  type: string;
  check?: string;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: Def & { minimum?: number; value?: number; inclusive?: boolean } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  defaultValue?: unknown;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Formats whose zod check is exactly a test of `pattern`. */
const PATTERN_FORMATS = new Set(['date', 'email', 'regex']);

/** A test for one zod check (or a format schema's own check), or undefined when this does not know it. */
function checkFor(def: Def & { minimum?: number; value?: number; inclusive?: boolean }): Check | undefined {
  const { pattern, minimum, value, inclusive } = def;
  switch (def.check) {
    case 'string_format':
      if (!PATTERN_FORMATS.has(def.format ?? '') || !pattern) return undefined;
      return (text: string) => {
        pattern.lastIndex = 0;
        return pattern.test(text);
      };
    case 'min_length':
      return minimum === undefined ? undefined : (text: string) => text.length >= minimum;
    case 'number_format':
      return def.format === 'safeint' ? (n: number) => Number.isSafeInteger(n) : undefined;
    case 'greater_than':
      if (value === undefined) return undefined;
      return inclusive ? (n: number) => n >= value : (n: number) => n > value;
    default:
      return undefined;
  }
}

/** All checks of a string or number schema, or undefined when one of them is unknown. */
function checksOf(def: Def): Check[] | undefined {
  const checks: Check[] = [];
  const own = def.check === undefined ? [] : [def];
  for (const check of [...own, ...(def.checks ?? []).map((c) => c._zod.def)]) {
    const test = checkFor(check);
    if (!test) return undefined;
    checks.push(test);
  }
  return checks;
}

function passes(checks: readonly Check[], value: never): boolean {
  for (const check of checks) if (!check(value)) return false;
  return true;
}

/** Lets zod do a part this does not walk. */
function byZod(schema: z.ZodType): Walk {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : UNSURE;
  };
}

function objectWalk(shape: Record<string, z.ZodType>): Walk {
  const fields = Object.entries(shape).map(([key, schema]) => ({ key, walk: walkFor(schema) }));
  const keys = new Set(Object.keys(shape));
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return UNSURE;
    const input = value as Record<string, unknown>;
    // A strict object: a key outside the shape is a warning zod words.
    for (const key in input) if (!keys.has(key)) return UNSURE;
    let output: Record<string, unknown> | undefined;
    for (const { key, walk } of fields) {
      const written = input[key];
      const parsed = walk(written);
      if (parsed === UNSURE) return UNSURE;
      if (parsed !== written) {
        output ??= { ...input };
        output[key] = parsed;
      }
    }
    return output ?? input;
  };
}

function arrayWalk(element: z.ZodType): Walk {
  const walk = walkFor(element);
  return (value) => {
    if (!Array.isArray(value)) return UNSURE;
    let output: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const parsed = walk(value[i]);
      if (parsed === UNSURE) return UNSURE;
      if (parsed !== value[i]) {
        output ??= [...value];
        output[i] = parsed;
      }
    }
    return output ?? value;
  };
}

/** Types whose checks `checksOf` reads; a check (a `refine`, say) on any other type is zod's to run. */
const CHECKED_TYPES = new Set(['string', 'number']);

function walkFor(schema: z.ZodType): Walk {
  const def = defOf(schema);
  if (def.checks !== undefined && def.checks.length > 0 && !CHECKED_TYPES.has(def.type)) return byZod(schema);
  switch (def.type) {
    case 'object':
      // Only strict objects: a stripping object would have to drop keys, a passthrough one to copy them.
      return def.shape && def.catchall && defOf(def.catchall).type === 'never' ? objectWalk(def.shape) : byZod(schema);
    case 'array':
      return def.element ? arrayWalk(def.element) : byZod(schema);
    case 'string': {
      const checks = checksOf(def);
      if (!checks) return byZod(schema);
      return (value) => (typeof value === 'string' && passes(checks, value as never) ? value : UNSURE);
    }
    case 'number': {
      const checks = checksOf(def);
      if (!checks) return byZod(schema);
      return (value) => (typeof value === 'number' && Number.isFinite(value) && passes(checks, value as never) ? value : UNSURE);
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : UNSURE);
    case 'enum': {
      // zod's own set of values: an enum built from a numeric TypeScript enum has reverse-mapping keys in `entries`.
      const allowed = (schema as unknown as { _zod: { values: ReadonlySet<unknown> } })._zod.values;
      return (value) => (allowed.has(value) ? value : UNSURE);
    }
    case 'optional': {
      const inner = def.innerType as z.ZodType;
      // zod runs an inner default even for a missing value; that case is zod's.
      if (['default', 'prefault'].includes(defOf(inner).type)) return byZod(schema);
      const walkInner = walkFor(inner);
      return (value) => (value === undefined ? undefined : walkInner(value));
    }
    case 'default': {
      const inner = walkFor(def.innerType as z.ZodType);
      // zod's getter gives a fresh copy of the default each time.
      return (value) => (value === undefined ? defOf(schema).defaultValue : inner(value));
    }
    case 'union': {
      // zod takes the first option that accepts. When the first one is in doubt, a later option must not be taken
      // on its own say: zod might have accepted the first one after all, so the whole union is zod's.
      const whole = byZod(schema);
      const firstOption = def.options?.[0];
      if (!firstOption) return whole;
      const first = walkFor(firstOption);
      return (value) => {
        const parsed = first(value);
        return parsed !== UNSURE ? parsed : whole(value);
      };
    }
    default:
      return byZod(schema);
  }
}

/** A quick parse for `schema`: the same data zod would give, or UNSURE. */
export function compileFastParse<T>(schema: z.ZodType<T>): FastParse<T> {
  return walkFor(schema) as FastParse<T>;
}
