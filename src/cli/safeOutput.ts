// Text from clients.yaml, contracts, templates and model replies reaches the terminal. An escape sequence in it could
// clear the screen, recolour the output or set the window title, and a carriage return could hide what came before it
// on the line. So every control character but tab, line feed and a line's closing carriage return is shown as its
// visible picture ("␛" for ESC) instead.
import type { CliIO } from './command';

// A carriage return ending a line (Windows line ends, as a CRLF clients.yaml has them in a diff) is no threat.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;

/** The picture of a control character: U+2400 and on for C0, "␡" for DEL, U+FFFD for the C1 controls, which have none. */
function pictureOf(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

export function visibleControls(text: string): string {
  return text.replace(CONTROL, pictureOf);
}

/** The same output, with every control character made visible. */
export function safeIO(io: CliIO): CliIO {
  return { ...io, stdout: (text) => io.stdout(visibleControls(text)), stderr: (text) => io.stderr(visibleControls(text)) };
}
