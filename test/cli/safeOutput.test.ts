import * as assert from 'node:assert/strict';
import { visibleControls } from '../../src/cli/safeOutput';

describe('what the command line prints', () => {
  it('shows escape sequences and a lone carriage return as pictures, and keeps tabs and line ends, Windows ones too', () => {
    assert.equal(visibleControls('\u001b[2J\u001b]0;pwned\u0007 title'), '␛[2J␛]0;pwned␇ title');
    assert.equal(visibleControls('paid\roverdue'), 'paid␍overdue');
    assert.equal(visibleControls('a\tb\r\nc\n'), 'a\tb\r\nc\n');
    assert.equal(visibleControls('\u0085\u009b'), '\ufffd\ufffd');
  });
});
