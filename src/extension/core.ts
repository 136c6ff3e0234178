// The core (YAML, zod, Handlebars, the clause model) lives in dist/core.js and is loaded on first use, not at
// activation: activation stays under a few milliseconds and dist/extension.js stays small.
import type * as Core from '../core/index';

export type CoreApi = typeof Core;

let loaded: CoreApi | undefined;

export function core(): CoreApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./core.js') as CoreApi;
  return loaded;
}
