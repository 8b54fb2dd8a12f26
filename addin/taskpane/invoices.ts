/** Invoices tab: run the invoice check; totals, and leakage/overbilling by customer, with progress. */
import type { CustomerSummary } from '../../core/invoice/types';
import { runJob, type TabDef } from './context';
import { h, replace } from './dom';
import { runInvoices } from './engines';
import { hours, money } from './format';
import { card, dataTable, findingsList, progress } from './widgets';

export const invoicesTab: TabDef = {
  id: 'invoices',
  label: 'Invoices',
  render(ctx) {
    const run = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'run-invoices' }, 'Check invoices');
    const month = h('input', { id: 'invoice-month', type: 'month' });
    const bar = progress();
    const out = h('div', { 'data-testid': 'invoice-result' });

    run.addEventListener('click', () =>
      runJob(ctx, run, 'Checking invoices…', async () => {
        try {
          const { result, currency } = await runInvoices(ctx.port, month.value || undefined, (f, l) => bar.set(f, l));
          const sum = (pick: (c: CustomerSummary) => number) => result.customers.reduce((n, c) => n + pick(c), 0);
          const leakage = round2(sum((c) => c.leakage));
          const overbilled = round2(sum((c) => c.overbilled));
          const byLeakage = [...result.customers].sort((a, b) => b.leakage - a.leakage || a.customer.localeCompare(b.customer));
          replace(
            out,
            h(
              'div',
              { class: 'cards' },
              card('Leakage', money(leakage, currency), 'leakage-total', leakage > 0),
              card('Overbilled', money(overbilled, currency), 'overbilled-total', overbilled > 0),
              card('Billable', money(round2(sum((c) => c.billableAmount)), currency), 'billable-total'),
              card('Covered hours', hours(sum((c) => c.coveredHours))),
              card('Billable hours', hours(sum((c) => c.billableHours))),
              card('Non-billable hours', hours(sum((c) => c.nonBillableHours))),
            ),
            h('h3', {}, 'By customer'),
            dataTable(
              'Customers',
              [
                { header: 'Customer', value: (c: CustomerSummary) => c.customer },
                { header: 'Covered', value: (c) => hours(c.coveredHours), numeric: true },
                { header: 'Billable', value: (c) => money(c.billableAmount, currency), numeric: true },
                { header: 'Leakage', value: (c) => money(c.leakage, currency), numeric: true },
                { header: 'Overbilled', value: (c) => money(c.overbilled, currency), numeric: true },
              ],
              byLeakage,
              { hot: (c) => c.leakage > 0, testid: 'invoice-customers' },
            ),
            h('h3', {}, `Findings (${result.findings.length})`),
            findingsList(result.findings, (cell) => void ctx.port.selectCell(cell).catch(() => undefined)),
          );
          return leakage > 0
            ? `Leakage found: ${money(leakage, currency)} of billable work recorded as covered or no charge.`
            : 'No leakage found.';
        } finally {
          bar.done();
        }
      }),
    );

    return h(
      'div',
      {},
      h('h2', {}, 'Invoice check'),
      h('p', { class: 'hint' }, 'Classifies every time entry as covered, billable or non-billable, prices it, and lists revenue leaking through “covered” write-offs. Results go to the Invoice Check and Invoice Summary sheets.'),
      h('div', { class: 'row' }, h('label', { class: 'field', for: 'invoice-month' }, 'Month (blank = all)', month), run),
      bar.el,
      out,
    );
  },
};

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
