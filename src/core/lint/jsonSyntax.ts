// Finds where a JSON text first goes wrong. JSON.parse in Node 20 does not always say where ("Unexpected token"),
// and a settings file deserves a line and column.
export interface JsonSyntaxError {
  /** String index of the offending character (the text's length when the text ends too soon). */
  offset: number;
  expected: string;
  /** The text nests lists and objects more than MAX_JSON_DEPTH deep; `offset` is the bracket that goes too deep. */
  tooDeep?: true;
}

/** Far more than a settings file needs; deep enough nesting would overflow the stack of this reader and of JSON.parse. */
export const MAX_JSON_DEPTH = 100;

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  let depth = 0;
  const fail = (expected: string): never => {
    throw { offset: at, expected } satisfies JsonSyntaxError;
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail('a value (a string, number, object, array, true, false or null)');
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\n') fail('a closing quote before the end of the line');
      at += text[at] === '\\' ? 2 : 1;
    }
    if (at >= text.length) fail('a closing quote');
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail('a value (a string, number, object, array, true, false or null)');
    at += match![0].length;
  };
  const sequence = (close: string, item: () => void, what: string) => {
    if (++depth > MAX_JSON_DEPTH) throw { offset: at, expected: `at most ${MAX_JSON_DEPTH} levels of nesting`, tooDeep: true } satisfies JsonSyntaxError;
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
      if (text[at] !== ',') fail(`',' or '${close}' after ${what}`);
      at++;
      skipSpace();
      if (text[at] === close) fail(`${what} after ',' (JSON allows no trailing comma)`);
    }
  };
  const member = () => {
    if (text[at] !== '"') fail('a property name in double quotes');
    string();
    skipSpace();
    if (text[at] !== ':') fail("':' after the property name");
    at++;
    value();
  };
  const value = (): void => {
    skipSpace();
    const c = text[at];
    if (c === '{') sequence('}', member, 'a property');
    else if (c === '[') sequence(']', value, 'an item');
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail('the end of the file');
    return undefined;
  } catch (error) {
    return error as JsonSyntaxError;
  }
}
