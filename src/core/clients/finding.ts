// A problem found in clients.yaml before it has a position: a path into the document and what to point at there.
import type { Localized } from '../lint/types';
import type { Severity } from '../problem';

export type Path = (string | number)[];

export interface Finding {
  path: Path;
  /** What to point at: the value at `path`, its key, or (for an absent key) the mapping that lacks it. */
  target: 'value' | 'key' | 'missing';
  severity: Severity;
  code: string;
  /** What was expected and, where possible, what to write instead, in every language. The loader prefixes the key and value written. */
  messages: Localized;
}
