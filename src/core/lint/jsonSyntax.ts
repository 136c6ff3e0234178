// Finds where a JSON text first goes wrong. JSON.parse in Node 20 does not always say where ("Unexpected token"),
// and a settings file deserves a line and column.
import type { Localized } from './types';

export interface JsonSyntaxError {
  /** String index of the offending character (the text's length when the text ends too soon). */
  offset: number;
  /** What should have come there, in every language the interface speaks. */
  expected: Localized;
  /** The text nests lists and objects more than MAX_JSON_DEPTH deep; `offset` is the bracket that goes too deep. */
  tooDeep?: true;
}

/** Far more than a settings file needs; deep enough nesting would overflow the stack of this reader and of JSON.parse. */
export const MAX_JSON_DEPTH = 100;

const A_VALUE: Localized = {
  en: 'a value (a string, number, object, array, true, false or null)',
  it: 'un valore (una stringa, un numero, un oggetto, un array, true, false o null)',
};
const A_PROPERTY: Localized = { en: 'a property', it: 'una proprietà' };
const AN_ITEM: Localized = { en: 'an item', it: 'un elemento' };

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  let depth = 0;
  const fail = (expected: Localized): never => {
    throw { offset: at, expected } satisfies JsonSyntaxError;
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(A_VALUE);
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n') fail({ en: 'a closing quote before the end of the line', it: 'le virgolette di chiusura prima della fine della riga' });
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail({ en: 'a closing quote', it: 'le virgolette di chiusura' });
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail(A_VALUE);
    at += match![0].length;
  };
  const sequence = (close: string, item: () => void, what: Localized) => {
    if (++depth > MAX_JSON_DEPTH) {
      const expected = { en: `at most ${MAX_JSON_DEPTH} levels of nesting`, it: `al massimo ${MAX_JSON_DEPTH} livelli di annidamento` };
      throw { offset: at, expected, tooDeep: true } satisfies JsonSyntaxError;
    }
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      depth--;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[at] === close) {
        at++;
        depth--;
        return;
      }
      if (text[at] !== ',') fail({ en: `',' or '${close}' after ${what.en}`, it: `',' o '${close}' dopo ${what.it}` });
      at++;
      skipSpace();
      if (text[at] === close) fail({ en: `${what.en} after ',' (JSON allows no trailing comma)`, it: `${what.it} dopo ',' (JSON non ammette una virgola finale)` });
    }
  };
  const member = () => {
    if (text[at] !== '"') fail({ en: 'a property name in double quotes', it: 'il nome di una proprietà tra virgolette doppie' });
    string();
    skipSpace();
    if (text[at] !== ':') fail({ en: "':' after the property name", it: "':' dopo il nome della proprietà" });
    at++;
    value();
  };
  const value = (): void => {
    skipSpace();
    const c = text[at];
    if (c === '{') sequence('}', member, A_PROPERTY);
    else if (c === '[') sequence(']', value, AN_ITEM);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail({ en: 'the end of the file', it: 'la fine del file' });
    return undefined;
  } catch (error) {
    return error as JsonSyntaxError;
  }
}
