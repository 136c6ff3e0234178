// Turns a draft (Markdown-friendly plain text with a `Subject:`/`Oggetto:` first line) into what a mail client
// takes: plain text without Markdown markup, and a mailto: link (RFC 6068) with the subject and the body.
import { splitSubject } from './subject';

/** Removes the light Markdown a draft may carry (emphasis, headings, links), keeping the words. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, (_, label: string, url: string) => (label === url || `mailto:${label}` === url ? label : `${label} (${url})`))
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^\n*_]*?\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3');
}

export function mailtoLink(draft: string, to: string | undefined): string {
  const plain = toPlainText(draft);
  const { subject, bodyStart } = splitSubject(plain);
  const body = plain.slice(bodyStart).replace(/\n/g, '\r\n');
  const query = [subject !== undefined ? `subject=${encodeURIComponent(subject)}` : undefined, `body=${encodeURIComponent(body)}`]
    .filter(Boolean)
    .join('&');
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?${query}`;
}
