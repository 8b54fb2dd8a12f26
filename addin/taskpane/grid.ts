/**
 * Grid tab: validate the services grid (findings list; a click selects the cell), publish the grid tables
 * to the server, compare the workbook with the published grid (what publishing would change), and
 * compare two published versions.
 */
import type { Finding } from '../../core/findings';
import { ApiError } from '../api/errors';
import type { GridTables } from '../api/types';
import { errorText, runJob, type PaneContext, type TabDef } from './context';
import { h, replace } from './dom';
import { runGridValidation } from '../engine/jobs';
import { pacedPort } from './engines';
import { diffLines, renderGridDiff } from './grid-diff';
import { GRID_TABLE_NAMES } from '../../core/api/grid';
import { diffGrids } from '../../core/grid/diff';
import { sourcesOf } from '../../core/workbook/parse-table';
import { card, findingsList, progress } from './widgets';

export const gridTab: TabDef = {
  id: 'grid',
  label: 'Grid',
  render(ctx) {
    const validate = h('button', { class: 'btn btn-primary', type: 'button' }, 'Validate grid');
    const publish = h('button', { class: 'btn', type: 'button' }, 'Publish to server');
    const compare = h('button', { class: 'btn', type: 'button' }, 'Compare versions');
    const compareWorkbook = h('button', { class: 'btn', type: 'button' }, 'Compare workbook with published');
    const from = h('input', { id: 'grid-from', type: 'number', min: '1', step: '1', style: 'width:80px' });
    const to = h('input', { id: 'grid-to', type: 'number', min: '1', step: '1', style: 'width:80px' });
    const bar = progress();
    const summary = h('div', { 'data-testid': 'grid-summary' });
    const list = h('div');
    const diffBox = h('div', { 'data-testid': 'grid-diff' });

    const jump = (cell: string) => void ctx.port.selectCell(cell).catch((e) => ctx.status.show(`Cannot go to ${cell}: ${errorText(e)}`, 'error'));

    function showFindings(findings: Finding[]): void {
      const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
      replace(
        summary,
        h('div', { class: 'cards' }, card('Errors', String(count('error')), 'grid-errors', count('error') > 0), card('Warnings', String(count('warning'))), card('Notes', String(count('info')))),
      );
      replace(list, findingsList(findings, jump));
    }

    validate.addEventListener('click', () =>
      runJob(ctx, validate, 'Validating the services grid…', async () => {
        try {
          const { findings } = await runGridValidation(pacedPort(ctx.port), { asOf: ctx.today, onPhase: (f, l) => bar.set(f, l) });
          showFindings(findings);
          const errors = findings.filter((f) => f.severity === 'error').length;
          return errors
            ? { text: `${errors} error${errors === 1 ? '' : 's'} in the grid: see the list or the Grid Findings sheet.`, kind: 'error' }
            : 'The grid is consistent.';
        } finally {
          bar.done();
        }
      }),
    );

    publish.addEventListener('click', () =>
      runJob(ctx, publish, 'Publishing the grid…', async () => {
        const sources = await ctx.port.readTables(GRID_TABLE_NAMES);
        const tables: GridTables = {};
        for (const s of sources) tables[s.name] = s.values.map((r) => r.map(toJsonCell));
        try {
          const { version, findings } = await ctx.api().publishGrid(tables);
          // The server's own check of what was published (warnings only, or it would have refused).
          showFindings(findings);
          to.value = String(version);
          if (version > 1) from.value = String(version - 1);
          return `Published as version ${version}.`;
        } catch (e) {
          if (e instanceof ApiError && e.findings.length) showFindings(e.findings);
          throw e;
        }
      }),
    );

    compare.addEventListener('click', () =>
      runJob(ctx, compare, 'Comparing published versions…', async () => {
        const api = ctx.api();
        if (!to.value) to.value = String((await api.gridCurrent()).version);
        if (!from.value) from.value = String(Math.max(1, Number(to.value) - 1));
        const diff = await api.gridDiff(Number(from.value), Number(to.value));
        replace(diffBox, renderGridDiff(diff));
        return `Version ${from.value} → ${to.value} compared.`;
      }),
    );

    compareWorkbook.addEventListener('click', () =>
      runJob(ctx, compareWorkbook, 'Comparing the workbook with the published grid…', async () => {
        const published = await ctx.api().gridCurrent();
        const workbook = await ctx.port.readTables(GRID_TABLE_NAMES);
        const diff = diffGrids({ version: published.version, sources: sourcesOf(published.tables) }, { version: null, sources: workbook });
        replace(diffBox, renderGridDiff(diff));
        const n = diffLines(diff).length;
        return n === 0 ? `The workbook matches published version ${published.version}.` : `Publishing the workbook would change ${n} thing${n === 1 ? '' : 's'} from published version ${published.version}: see the list.`;
      }),
    );

    return h(
      'div',
      {},
      h('h2', {}, 'Services grid'),
      h('p', { class: 'hint' }, 'Checks the grid against tiers, agreements, one-offs, roles and work types. Click a finding to go to its cell.'),
      h('div', { class: 'row' }, validate, publish),
      bar.el,
      summary,
      list,
      h('h3', {}, 'Published versions'),
      h('div', { class: 'row' }, compareWorkbook),
      h(
        'div',
        { class: 'row' },
        h('label', { class: 'field', for: 'grid-from' }, 'From', from),
        h('label', { class: 'field', for: 'grid-to' }, 'To', to),
        compare,
      ),
      diffBox,
    );
  },
};

/** Range.values cells are already JSON values; anything else (a Date from another source) goes as text. */
function toJsonCell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
