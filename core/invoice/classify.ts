/**
 * Rules 1–7 and 9 of DESIGN §4.2 for one time entry, in order; the first rule that applies decides.
 * Rule 8 (Block Hours) needs every entry of the month, so an entry that reaches it is marked
 * `pendingBlock` here and settled by block-hours.ts.
 *
 * Decision (the spec is silent): overlapping agreements make the entry invalid (`ambiguous_agreement`)
 * at rule 3, where the agreement is looked up: a non-billable work type (rule 2) needs no agreement, so
 * it is still decided; every later rule would have to guess, so the entry is invalid instead.
 */
import { finding, type Finding } from '../findings';
import type { Located } from '../grid/model';
import { cellOf, headerCell, type ParsedTable, type Row } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { RoleRow, TimeEntryRow, WorkTypeRow } from '../workbook/tables';
import { findRule, type AgreementTerms, type CustomerDay, type InvoiceLookups } from './lookups';
import type { EntryResult, Reason } from './types';

export interface RuleContext {
  wb: Workbook;
  lookups: InvoiceLookups;
  /** Known customers (Agreements ∪ ServiceGrid) by name key → canonical name. */
  customers: Map<string, string>;
  findings: Finding[];
  /** Source texts by (rule object, subject): built once, shared by every entry the rule decides. */
  sources: Map<object, Map<unknown, string>>;
  /** Why a service is out of a customer-day: [cell, source text]. */
  serviceGaps: Map<CustomerDay, Map<string, [string, string]>>;
}

/** What pricing needs after classification, written into a reused object (no per-entry allocation). */
export interface Classified {
  role: Located<RoleRow> | null;
  workType: Located<WorkTypeRow> | null;
  day: CustomerDay | null;
  agreement: AgreementTerms | null;
  pendingBlock: boolean;
}

const TYPE_LABEL = { managed: 'Managed', block_hours: 'Block Hours', tm: 'Time & Materials' } as const;

function decide(res: EntryResult, outcome: EntryResult['outcome'], reason: Reason, cell: string | null, words: string): void {
  res.outcome = outcome;
  res.reason = reason;
  res.sourceCell = cell;
  res.source = cell ? `${cell} ${words}` : words;
}

/** Source texts that read the same for every entry a rule decides are built once per (rule, subject). */
function cached(ctx: RuleContext, rule: object, subject: unknown): string | undefined {
  return ctx.sources.get(rule)?.get(subject);
}

function store(ctx: RuleContext, rule: object, subject: unknown, text: string): string {
  let bySubject = ctx.sources.get(rule);
  if (!bySubject) ctx.sources.set(rule, (bySubject = new Map()));
  bySubject.set(subject, text);
  return text;
}

function settle(res: EntryResult, outcome: EntryResult['outcome'], reason: Reason, cell: string, source: string): void {
  res.outcome = outcome;
  res.reason = reason;
  res.sourceCell = cell;
  res.source = source;
}

function invalid(ctx: RuleContext, res: EntryResult, reason: Reason, cell: string, message: string): void {
  decide(res, 'invalid', reason, cell, message);
  ctx.findings.push(finding('error', reason, cell, `${message} (entry ${res.entry} is not checked)`));
}

export function classifyEntry(ctx: RuleContext, row: Row<TimeEntryRow>, res: EntryResult, out: Classified): void {
  const T: ParsedTable<TimeEntryRow> = ctx.wb.TimeEntries;
  const model = ctx.lookups.model;
  const errs = row.errors;
  out.role = null;
  out.workType = null;
  out.day = null;
  out.agreement = null;
  out.pendingBlock = false;

  // 1. invalid
  if (errs?.customer || !row.customer) {
    return invalid(ctx, res, 'invalid_customer', cellOf(T, row, 'customer'), errs?.customer ?? 'Customer is required');
  }
  const customerKey = ctx.lookups.key(row.customer);
  if (!ctx.customers.has(customerKey)) {
    return invalid(ctx, res, 'invalid_customer', cellOf(T, row, 'customer'), `customer ${JSON.stringify(row.customer)} is not in Agreements or ServiceGrid`);
  }
  if (errs?.role || !row.role) return invalid(ctx, res, 'invalid_role', cellOf(T, row, 'role'), errs?.role ?? 'Role is required');
  const role = model.roles.get(ctx.lookups.key(row.role));
  if (!role) return invalid(ctx, res, 'invalid_role', cellOf(T, row, 'role'), `role ${JSON.stringify(row.role)} is not in Roles`);
  if (errs?.workType || !row.workType) {
    return invalid(ctx, res, 'invalid_work_type', cellOf(T, row, 'workType'), errs?.workType ?? 'Work Type is required');
  }
  const wtKey = ctx.lookups.key(row.workType);
  const wt = model.workTypes.get(wtKey);
  if (!wt) return invalid(ctx, res, 'invalid_work_type', cellOf(T, row, 'workType'), `work type ${JSON.stringify(row.workType)} is not in WorkTypes`);
  if (errs?.hours || row.hours === undefined) {
    return invalid(ctx, res, 'invalid_hours', cellOf(T, row, 'hours'), errs?.hours ?? 'Hours is required');
  }
  if (errs?.date || !row.date) return invalid(ctx, res, 'invalid_date', cellOf(T, row, 'date'), errs?.date ?? 'Date is required');
  const day = ctx.lookups.day(customerKey, row.date);
  out.role = role;
  out.workType = wt;
  out.day = day;

  // 2. non-billable work type
  const W = ctx.wb.WorkTypes;
  if (wt.nonBillable) {
    res.shown = wt.showOnInvoice === true;
    const cell = cellOf(W, wt, 'nonBillable');
    return settle(res, 'non_billable', 'non_billable_work_type', cell, cached(ctx, wt, 'nonBillable')
      ?? store(ctx, wt, 'nonBillable', `${cell} marks work type ${JSON.stringify(wt.workType)} non-billable${res.shown ? ' (shown on invoice)' : ''}`));
  }

  // 3. the agreement active on the date; several active at once is an error, never a guess
  if (day.overlapping) {
    const cells = day.overlapping.map((a) => a.row.cell).join(', ');
    return invalid(ctx, res, 'ambiguous_agreement', cellOf(T, row, 'date'),
      `${day.overlapping.length} agreements of ${JSON.stringify(res.customer)} are active on ${row.date} (${cells}); which one applies is ambiguous`);
  }
  const agreement = day.agreement;
  if (!agreement) {
    return decide(res, 'billable', 'no_agreement', cellOf(T, row, 'customer'), `${JSON.stringify(res.customer)} has no agreement active on ${row.date}`);
  }
  out.agreement = agreement;
  if (agreement.row.type === 'tm') {
    const cell = agreement.typeCell;
    return settle(res, 'billable', 'tm_agreement', cell, cached(ctx, agreement, 'tm')
      ?? store(ctx, agreement, 'tm', `${cell} ${JSON.stringify(agreement.name)} is a Time & Materials agreement`));
  }

  // 4. one-off cover
  const roleKey = role.key;
  const cover = findRule(day, 'cover_role', roleKey) ?? findRule(day, 'cover_work_type', wtKey);
  if (cover) {
    const cell = cover.targetCell;
    const what = cover.kind === 'cover_role' ? `Role one-off covers role ${JSON.stringify(role.role)}` : `Work Type one-off covers work type ${JSON.stringify(wt.workType)}`;
    return settle(res, 'covered', 'one_off_covered', cell, cached(ctx, cover, null) ?? store(ctx, cover, null, `${cell} Cover ${what}`));
  }

  // 5. excluded work type: Always Excluded, the agreement's list, an Exclude Work Type one-off
  if (wt.alwaysExcluded) {
    const cell = cellOf(W, wt, 'alwaysExcluded');
    return settle(res, 'billable', 'excluded_work_type', cell, cached(ctx, wt, 'alwaysExcluded')
      ?? store(ctx, wt, 'alwaysExcluded', `${cell} work type ${JSON.stringify(wt.workType)} is Always Excluded`));
  }
  if (agreement.excludedWorkTypes.has(wtKey)) {
    const cell = agreement.excludedWorkTypesCell;
    return settle(res, 'billable', 'excluded_work_type', cell, cached(ctx, agreement, wt)
      ?? store(ctx, agreement, wt, `${cell} excludes work type ${JSON.stringify(wt.workType)}`));
  }
  const exWt = findRule(day, 'exclude_work_type', wtKey);
  if (exWt) {
    return settle(res, 'billable', 'excluded_work_type', exWt.targetCell, cached(ctx, exWt, null)
      ?? store(ctx, exWt, null, `${exWt.targetCell} Exclude Work Type one-off excludes ${JSON.stringify(wt.workType)}`));
  }

  // 6. excluded role: the agreement's list, an Exclude Role one-off
  if (agreement.excludedRoles.has(roleKey)) {
    const cell = agreement.excludedRolesCell;
    return settle(res, 'billable', 'excluded_role', cell, cached(ctx, agreement, role)
      ?? store(ctx, agreement, role, `${cell} excludes role ${JSON.stringify(role.role)}`));
  }
  const exRole = findRule(day, 'exclude_role', roleKey);
  if (exRole) {
    return settle(res, 'billable', 'excluded_role', exRole.targetCell, cached(ctx, exRole, null)
      ?? store(ctx, exRole, null, `${exRole.targetCell} Exclude Role one-off excludes ${JSON.stringify(role.role)}`));
  }

  // 7. service not in the customer's grid row (after Add/Remove Service one-offs)
  if (row.service) {
    const sKey = ctx.lookups.key(row.service);
    if (!day.services.has(sKey)) {
      let gaps = ctx.serviceGaps.get(day);
      if (!gaps) ctx.serviceGaps.set(day, (gaps = new Map()));
      let gap = gaps.get(sKey);
      if (!gap) gaps.set(sKey, (gap = whyNoService(ctx, customerKey, sKey, row)));
      res.outcome = 'billable';
      res.reason = 'service_not_in_agreement';
      res.sourceCell = gap[0];
      res.source = gap[1];
      return;
    }
  }

  // 8. block hours: settled later over the whole month, in date order
  if (agreement.row.type === 'block_hours') {
    out.pendingBlock = true;
    res.outcome = 'covered';
    res.reason = 'covered';
    return; // block-hours.ts writes the source
  }

  // 9. covered
  const cell = agreement.typeCell;
  settle(res, 'covered', 'covered', cell, cached(ctx, agreement, 'covered')
    ?? store(ctx, agreement, 'covered', `${cell} ${JSON.stringify(agreement.name)} (${TYPE_LABEL[agreement.row.type] ?? 'Managed'}) covers it`));
}

function gridRowName(ctx: RuleContext, customerKey: string): string {
  return ctx.customers.get(customerKey) ?? customerKey;
}

/** The cell that keeps the service out: a Remove Service one-off, the grid cell, the grid row, or the entry itself. */
function whyNoService(ctx: RuleContext, customerKey: string, sKey: string, row: Row<TimeEntryRow>): [string, string] {
  const name = JSON.stringify(row.service);
  const day = ctx.lookups.day(customerKey, row.date);
  const removed = findRule(day, 'remove_service', sKey);
  const said = (cell: string, words: string): [string, string] => [cell, `${cell} ${words}`];
  if (removed) return said(removed.targetCell, `Remove Service one-off removes service ${name}`);
  const gridRow = ctx.lookups.model.grid.get(customerKey);
  if (!gridRow) return said(ctx.wb.ServiceGrid.present ? headerCell(ctx.wb.ServiceGrid) : cellOf(ctx.wb.TimeEntries, row, 'service'), `has no row for ${JSON.stringify(gridRowName(ctx, customerKey))}, so service ${name} is not in its agreement`);
  const cell = gridRow.services.get(sKey);
  if (cell) return said(cell.cell, `does not include service ${name}`);
  return said(gridRow.cell, `grid row has no service ${name}`);
}
