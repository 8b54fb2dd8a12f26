/** OneOffs: a known customer, a target that exists in the table its kind names, dates in order and not yet expired. */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf } from '../../workbook/parse-table';
import { ONE_OFF_KIND_LABEL, type OneOffKind } from '../../workbook/tables';
import type { CheckContext } from './context';
import { usable } from './context';

type TargetTable = 'Services' | 'Roles' | 'WorkTypes';

export const ONE_OFF_TARGET_TABLE: Record<OneOffKind, TargetTable> = {
  add_service: 'Services',
  remove_service: 'Services',
  price_override: 'Services',
  rate_override: 'Roles',
  cover_role: 'Roles',
  exclude_role: 'Roles',
  cover_work_type: 'WorkTypes',
  exclude_work_type: 'WorkTypes',
};

export function checkOneOffs(ctx: CheckContext): Finding[] {
  const { wb, model, asOf } = ctx;
  const O = wb.OneOffs;
  if (!usable(O)) return [];
  const known: Record<TargetTable, Map<string, unknown> | null> = {
    Services: usable(wb.Services) ? model.services : null,
    Roles: usable(wb.Roles) ? model.roles : null,
    WorkTypes: usable(wb.WorkTypes) ? model.workTypes : null,
  };
  const customersKnown = usable(wb.ServiceGrid) || usable(wb.Agreements);
  const out: Finding[] = [];
  for (const o of O.rows) {
    const label = o.kind ? ONE_OFF_KIND_LABEL[o.kind] : 'One-off';
    if (customersKnown && o.customer) {
      const k = nameKey(o.customer);
      if (!model.grid.has(k) && !model.agreements.has(k)) {
        out.push(finding('error', 'unknown_one_off_customer', cellOf(O, o, 'customer'),
          `${label} one-off for "${o.customer}", who has neither a grid row nor an agreement`));
      }
    }
    if (o.kind && o.target) {
      const table = ONE_OFF_TARGET_TABLE[o.kind];
      const names = known[table];
      if (names && !names.has(nameKey(o.target))) {
        out.push(finding('error', 'unknown_one_off_target', cellOf(O, o, 'target'),
          `${label} one-off for "${o.customer ?? ''}" names "${o.target}", which is not in ${wb[table].sheet}`));
      }
    }
    if (o.start !== undefined && o.end !== undefined && o.end < o.start) {
      out.push(finding('error', 'one_off_end_before_start', cellOf(O, o, 'end'),
        `${label} one-off for "${o.customer ?? ''}": End ${o.end} is before its Start ${o.start}`));
    } else if (o.end !== undefined && o.end < asOf) {
      out.push(finding('warning', 'one_off_expired', cellOf(O, o, 'end'),
        `${label} one-off for "${o.customer ?? ''}" (${o.target ?? ''}) expired on ${o.end}; remove it or renew it`));
    }
  }
  return out;
}
