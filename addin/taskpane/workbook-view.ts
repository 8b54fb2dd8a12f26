/**
 * Preview mode's stand-in for the Excel grid: pick a sheet of the in-memory workbook and see its cells;
 * result sheets appear as commands write them, and "jump to cell" selects and scrolls to the cell here.
 */
import { columnLetter } from '../../core/workbook/address';
import type { MemoryWorkbook } from '../preview/memory-workbook';
import { h, replace } from './dom';

const MAX_ROWS = 300;

export function workbookView(book: MemoryWorkbook): HTMLElement {
  const select = h('select', { id: 'preview-sheet', 'aria-label': 'Sheet' });
  const caption = h('p', { class: 'hint' });
  const body = h('div', { class: 'scroll', 'data-testid': 'preview-sheet-view', tabIndex: 0, 'aria-label': 'Sheet cells' });

  function fillOptions(): void {
    const current = select.value;
    replace(
      select,
      book.sheetNames().map((n) => h('option', { value: n }, book.sheet(n)?.result ? `${n} (result)` : n)),
    );
    select.value = book.activeSheet ?? current ?? book.sheetNames()[0];
  }

  function render(): void {
    const sheet = book.sheet(select.value);
    if (!sheet) return replace(body, h('p', { class: 'empty' }, 'No sheet.'));
    const sel = book.selection && book.selection.sheet === sheet.name ? book.selection : null;
    const marks = book.marks.get(sheet.name);
    const width = Math.max(1, ...sheet.values.slice(0, MAX_ROWS).map((r) => r.length));
    // Show the selected row even when it is beyond the first MAX_ROWS.
    const start = sel && sel.row0 >= MAX_ROWS ? Math.max(0, sel.row0 - 20) : 0;
    const rows = sheet.values.slice(start, start + MAX_ROWS);
    let selCell: HTMLElement | null = null;
    const table = h(
      'table',
      { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), Array.from({ length: width }, (_, c) => h('th', {}, columnLetter(c))))),
      h(
        'tbody',
        {},
        rows.map((r, i) => {
          const row0 = start + i;
          const fill = sheet.result && row0 > 0 ? sheet.fills?.[row0 - 1] : null;
          return h(
            'tr',
            {},
            h('th', {}, String(row0 + 1)),
            Array.from({ length: width }, (_, c) => {
              const v = r[c];
              const td = h('td', { class: typeof v === 'number' ? 'num' : '' }, v === null || v === undefined ? '' : String(v));
              const mark = marks?.get(`${row0}:${c}`) ?? fill;
              if (mark) td.style.background = mark;
              if (sel && sel.row0 === row0 && sel.col0 === c) {
                td.classList.add('sel');
                td.setAttribute('aria-current', 'true');
                selCell = td;
              }
              return td;
            }),
          );
        }),
      ),
    );
    replace(body, table);
    caption.textContent =
      sheet.values.length > rows.length ? `Rows ${start + 1}–${start + rows.length} of ${sheet.values.length}.` : `${sheet.values.length} rows.`;
    if (sel) caption.textContent += ` Selected: ${columnLetter(sel.col0)}${sel.row0 + 1}.`;
    const target = selCell as HTMLElement | null;
    if (target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  select.addEventListener('change', () => {
    book.activeSheet = select.value;
    render();
  });
  book.onChange((e) => {
    fillOptions();
    if (e.type !== 'mark' || select.value) render();
  });
  fillOptions();
  render();
  return h(
    'section',
    { class: 'preview-book', 'aria-label': 'Demo workbook' },
    h('h2', {}, 'Demo workbook'),
    h('div', { class: 'row' }, h('label', { class: 'field', for: 'preview-sheet' }, 'Sheet', select)),
    caption,
    body,
  );
}
