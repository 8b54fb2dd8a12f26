/** One-offs whose target names nothing in the workbook (or that lack the Value they need) cannot apply: say so. */
import { finding, type Finding } from '../findings';
import type { GridModel } from '../grid/model';
import { ONE_OFF_KIND_LABEL, type OneOffKind } from '../workbook/tables';
import type { InvoiceLookups } from './lookups';

const TARGET_TABLE: Record<OneOffKind, 'roles' | 'workTypes' | 'services'> = {
  add_service: 'services',
  remove_service: 'services',
  price_override: 'services',
  rate_override: 'roles',
  cover_role: 'roles',
  exclude_role: 'roles',
  cover_work_type: 'workTypes',
  exclude_work_type: 'workTypes',
};
const TABLE_LABEL = { roles: 'Roles', workTypes: 'WorkTypes', services: 'Services' } as const;

export function checkOneOffTargets(model: GridModel, lookups: InvoiceLookups): Finding[] {
  const out: Finding[] = [];
  for (const customer of model.oneOffs.keys()) {
    for (const r of lookups.rulesOf(customer)) {
      const table = TARGET_TABLE[r.kind];
      const label = ONE_OFF_KIND_LABEL[r.kind];
      if (!model[table].has(r.target)) {
        out.push(finding('error', 'unknown_one_off_target', r.targetCell,
          `${label} one-off names ${JSON.stringify(r.row.target)}, which is not in ${TABLE_LABEL[table]}; it cannot apply`));
      }
      if ((r.kind === 'rate_override' || r.kind === 'price_override') && r.row.value === undefined) {
        out.push(finding('error', 'one_off_without_value', r.valueCell,
          `${label} one-off for ${JSON.stringify(r.row.target)} has no Value; the standard ${r.kind === 'rate_override' ? 'rate' : 'price'} is used`));
      }
    }
  }
  return out;
}
