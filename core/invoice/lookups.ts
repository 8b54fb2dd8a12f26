/**
 * What the rules need per entry, precomputed once per run: each agreement's exclusion sets and cells,
 * each one-off's target key and cell, and per (customer, date) the active agreement, one-offs and
 * services (cached, so 100,000 entries over a few thousand customer-days cost a few thousand builds).
 */
import { activeOn, servicesOn, type GridModel, type Located } from '../grid/model';
import { nameKey } from '../names';
import { cellOf } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { AgreementRow, OneOffKind, OneOffRow } from '../workbook/tables';
import type { BillingTerms } from './pricing';

export interface AgreementTerms {
  row: Located<AgreementRow>;
  name: string;
  excludedRoles: Set<string>;
  excludedWorkTypes: Set<string>;
  typeCell: string;
  excludedRolesCell: string;
  excludedWorkTypesCell: string;
  blockHoursCell: string;
  /** Bill increment and minimum after Settings fallbacks (filled by the check on first use). */
  billing?: BillingTerms;
}

export interface OneOffRule {
  row: Located<OneOffRow>;
  kind: OneOffKind;
  target: string;
  targetCell: string;
  valueCell: string;
}

export interface CustomerDay {
  /** The one agreement active on the date, or null (none, or several: see `overlapping`). */
  agreement: AgreementTerms | null;
  overlapping: AgreementTerms[] | null;
  oneOffs: OneOffRule[];
  services: Map<string, number | null>;
}

export class InvoiceLookups {
  private readonly terms = new Map<Located<AgreementRow>, AgreementTerms>();
  private readonly rules = new Map<string, OneOffRule[]>();
  private readonly days = new Map<string, Map<string, CustomerDay>>();
  private readonly keys = new Map<string, string>();

  constructor(
    wb: Workbook,
    readonly model: GridModel,
  ) {
    const A = wb.Agreements;
    for (const list of model.agreements.values()) {
      for (const a of list) {
        this.terms.set(a, {
          row: a,
          name: a.agreement ?? a.customer,
          excludedRoles: new Set((a.excludedRoles ?? []).map(nameKey)),
          excludedWorkTypes: new Set((a.excludedWorkTypes ?? []).map(nameKey)),
          typeCell: cellOf(A, a, 'type'),
          excludedRolesCell: cellOf(A, a, 'excludedRoles'),
          excludedWorkTypesCell: cellOf(A, a, 'excludedWorkTypes'),
          blockHoursCell: cellOf(A, a, 'blockHours'),
        });
      }
    }
    const O = wb.OneOffs;
    for (const [customer, list] of model.oneOffs) {
      const rules: OneOffRule[] = [];
      for (const o of list) {
        if (o.kind === undefined || !o.target) continue;
        rules.push({ row: o, kind: o.kind, target: nameKey(o.target), targetCell: cellOf(O, o, 'target'), valueCell: cellOf(O, o, 'value') });
      }
      this.rules.set(customer, rules);
    }
  }

  /** nameKey, memoised: exports repeat the same few hundred names across 100,000 rows. */
  key(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) this.keys.set(name, (k = nameKey(name)));
    return k;
  }

  /** Every one-off rule of a customer (active or not). */
  rulesOf(customerKey: string): readonly OneOffRule[] {
    return this.rules.get(customerKey) ?? [];
  }

  day(customerKey: string, date: string): CustomerDay {
    let byDate = this.days.get(customerKey);
    if (!byDate) this.days.set(customerKey, (byDate = new Map()));
    let day = byDate.get(date);
    if (!day) byDate.set(date, (day = this.buildDay(customerKey, date)));
    return day;
  }

  private buildDay(customerKey: string, date: string): CustomerDay {
    const active: AgreementTerms[] = [];
    for (const a of this.model.agreements.get(customerKey) ?? []) {
      if (a.start !== undefined && activeOn(a, date)) active.push(this.terms.get(a)!);
    }
    const oneOffs = (this.rules.get(customerKey) ?? []).filter((r) => activeOn(r.row, date));
    return {
      agreement: active.length === 1 ? active[0] : null,
      overlapping: active.length > 1 ? active : null,
      oneOffs,
      services: servicesOn(this.model, customerKey, date),
    };
  }
}

/** The first active one-off of that kind for that target (rows in sheet order). */
export function findRule(day: CustomerDay, kind: OneOffKind, target: string): OneOffRule | undefined {
  for (const r of day.oneOffs) if (r.kind === kind && r.target === target) return r;
  return undefined;
}
