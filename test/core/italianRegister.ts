// Checks that Italian interface text speaks to the user as "tu", like VS Code's Italian; only drafts keep the
// formal register. Shared by the core's and the command line's tests.
import * as assert from 'node:assert/strict';

/** Forms of the formal register ("Lei") that the interface texts once used: imperatives and possessives. */
export const FORMAL = /\b(?:Lei|suo|sua|suoi|sue|indichi|aspetti|legga|raccolga|consegni|fissi|smetta|ascolti|potrà|prenda|comunichi|dica|tolga|lasci|resti|riprovi|controlli|imposti)\b/i;

/** Stand-in arguments for a message function: words and counts, or lists where it takes a list. */
const STAND_INS: unknown[][] = [['X', 2, 'Y'], [['X', 'Y'], 2, ['Y']], ['X', ['X', 'Y'], 'Y']];

/** Every text a table of messages can give: strings, and functions called with stand-in values. */
export function textsOf(table: object): string[] {
  return Object.values(table).flatMap((value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      for (const args of STAND_INS) {
        try {
          return [String((value as (...args: unknown[]) => unknown)(...args))];
        } catch {
          // A list was wanted: the next stand-ins have one.
        }
      }
      throw new Error(`no stand-in arguments fit ${String(value)}`);
    }
    return value && typeof value === 'object' ? textsOf(value) : [];
  });
}

export function assertInformal(texts: readonly string[]): void {
  assert.deepEqual(texts.filter((text) => FORMAL.test(text)), []);
}
