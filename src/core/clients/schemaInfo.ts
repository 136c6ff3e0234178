// What the schema says about a place in the file: the keys it allows there and their descriptions, for messages
// such as "unknown key stauts — did you mean status?" and "missing required key name: The client's name."
import type { z } from 'zod';
import { italianDescriptions, type Language } from './schema';

type Path = readonly PropertyKey[];

interface Node {
  schema: z.core.$ZodType;
  /** The description of the outermost wrapper, where `.describe()` usually sits. */
  description?: string;
}

function describe(schema: z.core.$ZodType, language: Language): string | undefined {
  return language === 'it' ? italianDescriptions.get(schema)?.description : (schema as { description?: string }).description;
}

/** Strips optional/default/prefault wrappers and pipes, keeping the first description met. */
function unwrap(schema: z.core.$ZodType, language: Language): Node {
  let description = describe(schema, language);
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (!inner || !['optional', 'default', 'prefault', 'nullable', 'pipe'].includes(def.type)) return { schema: current, description };
    current = inner;
    description ??= describe(current, language);
  }
}

function child(schema: z.core.$ZodType, segment: PropertyKey): z.core.$ZodType | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  if (def.type === 'object' && typeof segment === 'string') return def.shape?.[segment];
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  return undefined;
}

function nodeAt(root: z.core.$ZodType, path: Path, language: Language = 'en'): Node | undefined {
  let node = unwrap(root, language);
  for (const segment of path) {
    const next = child(node.schema, segment);
    if (!next) return undefined;
    node = unwrap(next, language);
  }
  return node;
}

/** The keys an object may have at `path`, or none when the schema has no object there. */
export function keysAt(root: z.core.$ZodType, path: Path): string[] {
  const node = nodeAt(root, path);
  const def = node?.schema._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The description of the key at `path`; in Italian only for the keys a file must have. */
export function descriptionAt(root: z.core.$ZodType, path: Path, language: Language): string | undefined {
  return nodeAt(root, path, language)?.description;
}
