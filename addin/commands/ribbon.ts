/**
 * The ribbon's ExecuteFunction handlers (manifest.xml: checkInvoices, validateGrid). They run without the
 * pane: read the tables, run the core engine, write the result sheets, tell the user — and call
 * `event.completed()` on every path, or Excel keeps the button spinning.
 */
import type { WorkbookPort } from '../excel/port';
import { invoiceMessage, runGridValidation, runInvoiceCheck } from '../engine/jobs';
import type { Notify } from '../notify/notify';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface RibbonDeps {
  port: () => WorkbookPort;
  notify: Notify;
  /** Today as YYYY-MM-DD (grid validation judges "active" on this date). */
  today: () => string;
}

export interface RibbonCommands {
  checkInvoices(event: CommandEvent): Promise<void>;
  validateGrid(event: CommandEvent): Promise<void>;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

async function completing(event: CommandEvent, job: () => Promise<void>): Promise<void> {
  try {
    await job();
  } finally {
    event.completed();
  }
}

export function ribbonCommands(deps: RibbonDeps): RibbonCommands {
  return {
    checkInvoices: (event) =>
      completing(event, async () => {
        try {
          const run = await runInvoiceCheck(deps.port());
          await deps.notify('Invoice check', invoiceMessage(run), run.totals.leakage > 0 ? 'warning' : 'success');
        } catch (e) {
          await deps.notify('Invoice check failed', `${reason(e)}. No result sheet was changed.`, 'error');
        }
      }),
    validateGrid: (event) =>
      completing(event, async () => {
        try {
          const run = await runGridValidation(deps.port(), { asOf: deps.today() });
          const errors = run.findings.filter((f) => f.severity === 'error').length;
          const warnings = run.findings.filter((f) => f.severity === 'warning').length;
          const text = errors + warnings === 0
            ? 'The services grid is consistent.'
            : `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}: see Grid Findings (the cells at fault are marked).`;
          await deps.notify('Validate grid', text, errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success');
        } catch (e) {
          await deps.notify('Validate grid failed', `${reason(e)}. No result sheet was changed.`, 'error');
        }
      }),
  };
}
