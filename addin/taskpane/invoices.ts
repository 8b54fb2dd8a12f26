/** Invoices tab: run the invoice check; totals, and leakage/overbilling by customer, with progress. */
import type { CustomerSummary, ServiceSummary } from '../../core/invoice/types';
import { runJob, type TabDef } from './context';
import { h, replace } from './dom';
import { runInvoiceCheck } from '../engine/jobs';
import { pacedPort } from './engines';
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
          const { result, totals, currency } = await runInvoiceCheck(pacedPort(ctx.port), { month: month.value || undefined, onPhase: (f, l) => bar.set(f, l) });
          const { leakage, overbilled } = totals;
          const byLeakage = [...result.customers].sort((a, b) => b.leakage - a.leakage || a.customer.localeCompare(b.customer));
          replace(
            out,
            h(
              'div',
              { class: 'cards' },
              card('Leakage', money(leakage, currency), 'leakage-total', leakage > 0),
              card('Overbilled', money(overbilled, currency), 'overbilled-total', overbilled > 0),
              card('Billable', money(totals.billableAmount, currency), 'billable-total'),
              card('Covered hours', hours(totals.coveredHours)),
              card('Billable hours', hours(totals.billableHours)),
              card('Non-billable hours', hours(totals.nonBillableHours)),
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
            h(
              'details',
              {},
              h('summary', {}, h('strong', {}, 'Service profitability'), ' — grid revenue against the cost of covered work'),
              dataTable(
                'Service profitability',
                [
                  { header: 'Customer', value: (x: ServiceSummary) => x.customer },
                  { header: 'Service', value: (x) => x.service ?? '(none named)' },
                  { header: 'Revenue', value: (x) => money(x.revenue, currency), numeric: true },
                  { header: 'Covered cost', value: (x) => money(x.coveredCost, currency), numeric: true },
                  { header: 'Margin', value: (x) => money(x.margin, currency), numeric: true },
                  { header: '$/covered h', value: (x) => money(x.effectiveHourlyRate, currency), numeric: true },
                ],
                [...result.services].sort((a, b) => a.margin - b.margin),
                { hot: (x) => x.margin < 0, testid: 'invoice-services' },
              ),
            ),
            h('h3', {}, `Findings (${result.findings.length})`),
            findingsList(result.findings, (cell) => void ctx.port.selectCell(cell).catch(() => undefined)),
          );
          return leakage > 0
            ? { text: `Leakage found: ${money(leakage, currency)} of billable work recorded as covered or no charge.`, kind: 'info' }
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
