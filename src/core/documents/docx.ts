// Reads a Word file (.docx, and .docm with its macros ignored) with mammoth: headings from Word's heading styles,
// numbered and bulleted list items, paragraphs, and tables as rows of cells. Headers, footers and page numbers are
// not part of mammoth's document, so they never reach the text. mammoth loads on first use from dist/mammoth.js.
import { DocumentError } from './document';
import { checkZip } from './zipLimits';

/** The parts of mammoth's document model read here. */
interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
}

function headingLevelOf(paragraph: WordElement): number {
  const style = `${paragraph.styleName ?? ''} ${paragraph.styleId ?? ''}`;
  if (/\btitle\b/i.test(style)) return 1;
  const heading = /heading\s*(\d)/i.exec(style);
  return heading ? Math.min(6, Number(heading[1])) : 0;
}

function inlineText(element: WordElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

/** Walks the document, numbering ordered list items as Word would show them at each level. */
class TextWriter {
  private readonly blocks: string[] = [];
  private readonly counters: number[] = [];

  paragraph(paragraph: WordElement): void {
    const text = inlineText(paragraph).replace(/[ \t]+/g, ' ').trim();
    if (!text) return;
    const level = headingLevelOf(paragraph);
    if (level) {
      this.counters.length = 0;
      this.blocks.push(`${'#'.repeat(level)} ${text.replace(/\s*\n\s*/g, ' ')}`);
      return;
    }
    const numbering = paragraph.numbering;
    if (!numbering) {
      this.blocks.push(text);
      return;
    }
    const depth = Math.max(0, Math.min(8, Number(numbering.level) || 0));
    this.counters.length = depth + 1;
    this.counters[depth] = (this.counters[depth] ?? 0) + 1;
    const marker = numbering.isOrdered ? `${this.counters[depth]}.` : '-';
    this.blocks.push(`${'  '.repeat(depth)}${marker} ${text}`);
  }

  table(table: WordElement): void {
    for (const row of table.children ?? []) {
      const cells = (row.children ?? []).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim());
      if (cells.some(Boolean)) this.blocks.push(cells.join(' | '));
    }
  }

  walk(element: WordElement): void {
    if (element.type === 'paragraph') this.paragraph(element);
    else if (element.type === 'table') this.table(element);
    else for (const child of element.children ?? []) this.walk(child);
  }

  text(): string {
    return this.blocks.length ? `${this.blocks.join('\n\n')}\n` : '';
  }
}

export async function readDocx(bytes: Uint8Array): Promise<string> {
  const entries = checkZip(bytes);
  if (!entries.includes('word/document.xml')) throw new DocumentError('notDocx', 'no word/document.xml');
  const mammoth = await import('mammoth');
  const writer = new TextWriter();
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: WordElement) => {
          writer.walk(document);
          return document;
        },
      },
    );
  } catch (error) {
    throw new DocumentError('notDocx', (error as Error).message);
  }
  const text = writer.text();
  if (!/[\p{L}\p{N}]/u.test(text)) throw new DocumentError('empty', 'no paragraph with text');
  return text;
}
