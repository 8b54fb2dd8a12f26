import { describe, expect, it } from 'vitest';
import { buildGridModel, monthlyValue } from '../../../core/grid';
import { addRow, book, set } from './grid-fixture';

describe('monthlyValue', () => {
  it('Σ units × price, a Flat service or a Y cell counting one unit', () => {
    // Beta: Help Desk 5 × 40, Backup 2 × 100, vCIO (Flat) 200.
    const v = monthlyValue(buildGridModel(book()), 'beta', '2026-11-01');
    expect(v.total).toBe(600);
    expect(v.lines.map((l) => [l.service, l.units, l.price, l.amount])).toEqual([
      ['Help Desk', 5, 40, 200],
      ['Backup', 2, 100, 200],
      ['vCIO', 1, 200, 200],
    ]);
    const y = monthlyValue(buildGridModel(book(set('ServiceGrid', 'C3', 'Y'))), 'beta', '2026-11-01');
    expect(y.total).toBe(500);
  });

  it('applies Add/Remove Service and Price Override one-offs active on the date', () => {
    const wb = book(
      addRow('OneOffs', ['Acme', 'Add Service', 'Backup', 3, '2026-06-01', '']),
      addRow('OneOffs', ['Acme', 'Price Override', 'Help Desk', 35.5, '2026-06-01', '2026-12-31']),
      addRow('OneOffs', ['Beta', 'Remove Service', 'vCIO', '', '2026-09-01', '']),
    );
    const model = buildGridModel(wb);
    // Acme: 10 × 35.50 + 3 × 100 = 655; before June only the grid: 10 × 40 = 400.
    expect(monthlyValue(model, 'acme', '2026-11-01').total).toBe(655);
    expect(monthlyValue(model, 'acme', '2026-05-31').total).toBe(400);
    expect(monthlyValue(model, 'beta', '2026-11-01').total).toBe(400);
    expect(monthlyValue(model, 'acme', '2026-11-01').lines.find((l) => l.service === 'Help Desk')?.overridden).toBe(true);
  });

  it('rounds each line to cents', () => {
    const wb = book(set('Services', 'C2', 3.335), set('ServiceGrid', 'B2', 3));
    expect(monthlyValue(buildGridModel(wb), 'acme', '2026-11-01').total).toBe(10.01);
  });
});
