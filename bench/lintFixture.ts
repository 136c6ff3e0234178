// Texts built to make a linter slow: each repeats one shape that once cost time in proportion to the square of its
// length (a long line, a run of marks, a sentence that never ends). Shared by the lint benchmark and its test.

/** `unit` repeated to `size` characters, after `head`. */
function repeated(head: string, unit: string, size: number): string {
  return head + unit.repeat(Math.ceil(size / unit.length)).slice(0, Math.max(0, size - head.length));
}

/** Each shape at about `size` characters, by name. */
export function adversarialDrafts(size: number): Record<string, string> {
  return {
    'bulleted line of "you"': repeated('- ', 'you ', size),
    'bulleted line, Italian': repeated('- ', 'ha lei non ha ', size),
    'white space after a word': `${repeated('you', ' ', size - 1)}x`,
    'white space, Italian': `${repeated('grazie', ' ', size - 1)}x`,
    '"perché" without an end': repeated('', 'perché ', size),
    'run of full stops': `${repeated('', '.', size - 1)}x`,
    'run of ellipses': `${repeated('', '…', size - 1)}x`,
    'initials without an end': repeated('', 'a. ', size),
    'exclamations': repeated('', '!?', size),
    'one long word': repeated('', 'a', size),
    'capitals': repeated('', 'AB ', size),
    'list lines': repeated('', '- a\n', size),
    'a draft repeated': repeated('Subject: Ending our work\n\n', 'Dear Anna, I am really sorry, because you never pay on time! As per my last email. ', size),
  };
}
