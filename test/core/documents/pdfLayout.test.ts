import * as assert from 'node:assert/strict';
import { layoutPages, type PlacedPage, type PlacedText } from '../../../src/core/documents/pdfLayout';

const run = (str: string, x: number, y: number, size = 10): PlacedText => ({ str, x, y, width: str.length * size * 0.5, size, rtl: false });

/** A page of lines 12 points apart from `top` down, in one column at `x`. */
function column(lines: string[], x: number, top: number, size = 10): PlacedText[] {
  return lines.map((line, i) => run(line, x, top - i * 12, size));
}

function page(items: PlacedText[], number: number): PlacedPage {
  return { width: 600, height: 800, items: [run('ACME Agreement — Confidential', 50, 770, 8), ...items, run(`Page ${number} of 2`, 280, 30, 8)] };
}

describe('layoutPages', () => {
  it('reads two columns in order, drops running headers and page numbers, and joins a paragraph across a page', () => {
    const left = column(['The Client may end this', 'Agreement at any time on', 'thirty days written', 'notice to the Developer.'], 50, 700);
    const right = column(['Invoices are due within', 'fourteen days of their', 'date, without any set-off', 'or deduction whatsoever.'], 320, 700);
    const second = column(['and the Developer shall', 'hand over all work done.'], 50, 700);
    const first = column(['Upon termination the Client shall pay for work done'], 50, 600);
    const { text, pageStarts } = layoutPages([page([...left, ...right, ...first], 1), page(second, 2)]);
    assert.equal(
      text,
      'The Client may end this Agreement at any time on thirty days written notice to the Developer.\n\n' +
        'Invoices are due within fourteen days of their date, without any set-off or deduction whatsoever.\n\n' +
        'Upon termination the Client shall pay for work done and the Developer shall hand over all work done.\n',
    );
    assert.equal(pageStarts.length, 2);
    assert.equal(pageStarts[0], 0);
    assert.equal(text.slice(pageStarts[1]), 'and the Developer shall hand over all work done.\n');
  });

  it('undoes hyphenation at line ends, keeps the hyphen of a word written with one, and marks larger type as a heading', () => {
    const items = [
      run('Termination', 50, 740, 16),
      ...column(['Either party may termi-', 'nate this non-exclusive', 'licence; the non-', 'exclusive terms survive.'], 50, 700),
    ];
    const { text } = layoutPages([{ width: 600, height: 800, items }]);
    assert.equal(text, '# Termination\n\nEither party may terminate this non-exclusive licence; the non-exclusive terms survive.\n');
  });

  it('keeps the cells of a table row on one line', () => {
    const items = [run('Deposit', 50, 700), run('50%', 300, 700), run('Kill fee', 50, 680), run('25%', 300, 680)];
    assert.equal(layoutPages([{ width: 600, height: 800, items }]).text, 'Deposit | 50%\n\nKill fee | 25%\n');
  });
});
