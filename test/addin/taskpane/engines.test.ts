import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../../core/demo';
import { checkInvoices } from '../../../core/invoice';
import { validateGrid } from '../../../core/grid/validate';
import { parseWorkbook } from '../../../core/workbook';
import { createPreviewPort } from '../../../addin/preview';
import { MemoryWorkbook } from '../../../addin/preview/memory-workbook';
import { runGridValidation, runInvoiceCheck } from '../../../addin/engine/jobs';
import { pacedPort } from '../../../addin/taskpane/engines';

describe('pacedPort', () => {
  it('lets queued browser work (a paint, a timer) run before each workbook read and write', async () => {
    const log: string[] = [];
    const inner = new MemoryWorkbook([{ name: 'Roles', values: [['Role', 'Rate']] }]);
    const port = pacedPort({
      readTables: (n) => (log.push('read'), inner.readTables(n)),
      writeResultSheet: (s, o) => (log.push('write'), inner.writeResultSheet(s, o)),
      markCells: (a, c) => (log.push('mark'), inner.markCells(a, c)),
      selectCell: (a) => inner.selectCell(a),
      createTables: (t) => inner.createTables(t),
    });
    setTimeout(() => log.push('timer1'), 0);
    const read = port.readTables(['Roles']);
    log.push('sync');
    await read;
    setTimeout(() => log.push('timer2'), 0);
    await port.writeResultSheet({ name: 'X', header: ['A'], rows: [] });
    expect(log).toEqual(['sync', 'timer1', 'read', 'timer2', 'write']);
  });
});

describe('pane runs over the preview port', () => {
  it('invoice check: same result as core, sheets written, summary active, progress rising to 1', async () => {
    const port = createPreviewPort();
    const phases: number[] = [];
    const { result } = await runInvoiceCheck(pacedPort(port), { onPhase: (f) => phases.push(f) });
    const direct = checkInvoices(parseWorkbook(demoWorkbook()));
    expect(result.customers).toEqual(direct.customers);
    expect(direct.customers.some((c) => c.leakage > 0)).toBe(true);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(phases.at(-1)).toBe(1);
    const check = port.sheet('Invoice Check')!;
    expect(check.values.length).toBe(direct.entries.length + 1);
    expect(check.fills!.filter((f) => f === '#FFC7CE').length).toBe(direct.entries.filter((e) => e.discrepancy === 'leakage').length);
    expect(port.activeSheet).toBe('Invoice Summary');
    // The summary sheet's customer rows add up to its Total row and to core's total.
    const summary = port.sheet('Invoice Summary')!;
    const col = summary.values[0].indexOf('Leakage');
    const body = summary.values.slice(1);
    const t = body.findIndex((r) => r[0] === 'Total');
    expect(t).toBe(direct.customers.length);
    const totalRow = body[t];
    const coreTotal = direct.customers.reduce((n, c) => n + c.leakage, 0);
    expect(body.slice(0, t).reduce((n, r) => n + Number(r[col]), 0)).toBeCloseTo(coreTotal, 2);
    expect(Number(totalRow[col])).toBeCloseTo(coreTotal, 2);
  });

  it('grid validation: parse findings plus validateGrid, Grid Findings sheet, offending cells marked', async () => {
    const sources = demoWorkbook();
    // Break one price so there is at least one error with a cell.
    const services = sources.find((s) => s.name === 'Services')!;
    const priceCol = (services.values[0] as unknown[]).indexOf('Price');
    const values = services.values.map((r) => [...r]);
    values[1][priceCol] = 'abc';
    const port = new MemoryWorkbook(sources.map((s) => (s === services ? { ...s, values } : s)));
    const { findings } = await runGridValidation(pacedPort(port), { asOf: '2026-10-15' });
    const wb = parseWorkbook(await port.readTables());
    const expected = [...wb.findings, ...validateGrid(wb, { asOf: '2026-10-15' })];
    expect(findings.map((f) => f.code).sort()).toEqual(expected.map((f) => f.code).sort());
    const bad = findings.find((f) => f.cell?.startsWith('Services!') && f.severity === 'error');
    expect(bad?.message).toMatch(/abc/);
    expect(port.sheet('Grid Findings')!.values.length).toBe(findings.length + 1);
    expect(port.marks.get('Services')?.size).toBeGreaterThan(0);
  });

  it('a workbook without tables gives findings, not a crash', async () => {
    const port = new MemoryWorkbook([]);
    const { result } = await runInvoiceCheck(pacedPort(port));
    expect(result.findings.some((f) => f.code === 'missing_table')).toBe(true);
  });
});
