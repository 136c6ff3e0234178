import * as assert from 'node:assert/strict';
import { markdownCopyPath, markdownCopyText } from '../../../src/core/documents/markdownCopy';

describe('markdownCopy', () => {
  it('names the original and its SHA-256 on the first line, then gives the text', () => {
    const text = markdownCopyText('acme.pdf', { text: '# Agreement\n\nBody.\n', sha256: 'ab12' });
    assert.equal(text.split('\n')[0], '<!-- Converted by Clean Break from acme.pdf (SHA-256 ab12) -->');
    assert.ok(text.endsWith('\n\n# Agreement\n\nBody.\n'));
  });

  it('takes the first name beside the original that no file has', async () => {
    const taken = new Set(['/w/contracts/acme.md', '/w/contracts/acme (2).md']);
    assert.equal(await markdownCopyPath('/w/contracts/acme.pdf', async (p) => taken.has(p)), '/w/contracts/acme (3).md');
    assert.equal(await markdownCopyPath('/w/contracts/other.docx', async (p) => taken.has(p)), '/w/contracts/other.md');
  });
});
