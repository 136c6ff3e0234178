import * as assert from 'node:assert/strict';
import { mailtoLink, toPlainText } from '../../../src/core/drafting/mailto';
import { MAILTO_BODY, MAILTO_SUBJECT, MAILTO_TO, readMailto } from '../../support/mailtoFields';

describe('Draft export: plain text and mailto links', () => {
  it('strips Markdown emphasis, headings and links but keeps the words', () => {
    const text = '# Notice\n\nThe **last day** is _15 January 2027_. See [the contract](https://example.com/c).\n';
    assert.equal(toPlainText(text), 'Notice\n\nThe last day is 15 January 2027. See the contract (https://example.com/c).\n');
  });

  it('leaves snake_case words, lone asterisks and list markers alone', () => {
    const text = '- keep_this_word\n- 3 * 4 = 12\n';
    assert.equal(toPlainText(text), text);
  });

  it('builds a mailto: link with the address, the subject and a CRLF body', () => {
    const link = mailtoLink('Subject: End of our collaboration\n\nDear Sarah,\nthank you & goodbye.\n', 'sarah.okafor@northwind.example');
    const url = new URL(link);
    assert.equal(url.protocol, 'mailto:');
    assert.equal(url.pathname, 'sarah.okafor@northwind.example');
    assert.equal(url.searchParams.get('subject'), 'End of our collaboration');
    assert.equal(url.searchParams.get('body'), 'Dear Sarah,\r\nthank you & goodbye.\r\n');
  });

  it('encodes &, =, #, %, ?, +, line breaks, emoji and accents in every field, so that none adds a field', () => {
    const link = mailtoLink(`Oggetto: ${MAILTO_SUBJECT}\n\n${MAILTO_BODY}`, MAILTO_TO);
    assert.deepEqual(readMailto(link), {
      to: MAILTO_TO,
      fields: [
        ['subject', MAILTO_SUBJECT],
        ['body', MAILTO_BODY.replace(/\n/g, '\r\n')],
      ],
    });
  });

  it('reads the Italian subject label too, and works without an address', () => {
    const url = new URL(mailtoLink('Oggetto: Fine della collaborazione\n\nGentile Mario,\n', undefined));
    assert.equal(url.pathname, '');
    assert.equal(url.searchParams.get('subject'), 'Fine della collaborazione');
  });
});
