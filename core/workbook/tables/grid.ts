/** Tables that describe what was sold: Services, Tiers, ServiceGrid, Agreements, OneOffs, Roles, WorkTypes. */
import type { LocalDate } from '../dates';
import { bool, date, list, num, oneOf, text, type TableSpec } from '../spec';

export const UNITS = {
  Device: ['Devices'],
  User: ['Users', 'Seat', 'Seats'],
  Server: ['Servers'],
  Workstation: ['Workstations', 'PC', 'PCs', 'Desktop'],
  Site: ['Sites', 'Location'],
  Flat: ['Fixed', 'Each', 'Per Month'],
} as const;
export type Unit = keyof typeof UNITS;

export interface ServiceRow {
  service: string;
  category?: string;
  unit: Unit;
  price: number;
  cost?: number;
  vendor?: string;
  active: boolean;
}
export const ServicesSpec: TableSpec = {
  name: 'Services',
  columns: [
    { key: 'service', header: 'Service', aliases: ['Service Name'], required: true, kind: text() },
    { key: 'category', header: 'Category', kind: text() },
    { key: 'unit', header: 'Unit', aliases: ['Unit Type', 'Per'], kind: oneOf(UNITS), default: 'Flat' },
    { key: 'price', header: 'Price', aliases: ['Unit Price', 'Monthly Price'], required: true, kind: num({ min: 0 }) },
    { key: 'cost', header: 'Cost', aliases: ['Unit Cost', 'Monthly Cost'], kind: num({ min: 0 }) },
    { key: 'vendor', header: 'Vendor', kind: text() },
    { key: 'active', header: 'Active', kind: bool(), default: true },
  ],
};

export interface TierRow {
  tier: string;
}
export const TiersSpec: TableSpec = {
  name: 'Tiers',
  dynamic: true,
  columns: [{ key: 'tier', header: 'Tier', aliases: ['Package', 'Plan'], required: true, kind: text() }],
};

export interface ServiceGridRow {
  customer: string;
}
export const ServiceGridSpec: TableSpec = {
  name: 'ServiceGrid',
  dynamic: true,
  columns: [{ key: 'customer', header: 'Customer', aliases: ['Company', 'Account', 'Client'], required: true, kind: text() }],
};

export const AGREEMENT_TYPES = {
  managed: ['Managed', 'Managed Services', 'MSA', 'Recurring Service'],
  block_hours: ['Block Hours', 'Block', 'Block Hour', 'Retainer'],
  tm: ['Time & Materials', 'Time and Materials', 'T&M', 'TM', 'Break-fix', 'Break Fix'],
} as const;
export type AgreementType = keyof typeof AGREEMENT_TYPES;

export interface AgreementRow {
  customer: string;
  agreement?: string;
  type: AgreementType;
  tier?: string;
  start: LocalDate;
  end?: LocalDate;
  monthlyTotal?: number;
  setupFee?: number;
  excludedRoles: string[];
  excludedWorkTypes: string[];
  blockHours?: number;
  billIncrement?: number;
  minimumHours?: number;
}
export const AgreementsSpec: TableSpec = {
  name: 'Agreements',
  columns: [
    { key: 'customer', header: 'Customer', aliases: ['Company', 'Account'], required: true, kind: text() },
    { key: 'agreement', header: 'Agreement', aliases: ['Contract', 'Contract Name', 'Agreement Name'], kind: text() },
    { key: 'type', header: 'Type', aliases: ['Agreement Type', 'Contract Type'], required: true, kind: oneOf(AGREEMENT_TYPES) },
    { key: 'tier', header: 'Tier', kind: text() },
    { key: 'start', header: 'Start', aliases: ['Start Date'], required: true, kind: date() },
    { key: 'end', header: 'End', aliases: ['End Date'], kind: date() },
    { key: 'monthlyTotal', header: 'Monthly Total', aliases: ['Monthly', 'MRR'], kind: num({ min: 0 }) },
    { key: 'setupFee', header: 'Setup Fee', kind: num({ min: 0 }) },
    { key: 'excludedRoles', header: 'Excluded Roles', kind: list(), default: [] },
    { key: 'excludedWorkTypes', header: 'Excluded Work Types', aliases: ['Excluded Billing Codes'], kind: list(), default: [] },
    { key: 'blockHours', header: 'Block Hours', aliases: ['Block Hours per Month'], kind: num({ min: 0 }) },
    { key: 'billIncrement', header: 'Bill Increment', kind: num({ positive: true }) },
    { key: 'minimumHours', header: 'Minimum Hours', kind: num({ min: 0 }) },
  ],
};

export const ONE_OFF_KINDS = {
  add_service: ['Add Service'],
  remove_service: ['Remove Service'],
  price_override: ['Price Override'],
  rate_override: ['Rate Override'],
  cover_role: ['Cover Role'],
  exclude_role: ['Exclude Role'],
  cover_work_type: ['Cover Work Type'],
  exclude_work_type: ['Exclude Work Type'],
} as const;
export type OneOffKind = keyof typeof ONE_OFF_KINDS;
/** The spelling users write (for messages and drop-downs). */
export const ONE_OFF_KIND_LABEL: Record<OneOffKind, string> = {
  add_service: 'Add Service',
  remove_service: 'Remove Service',
  price_override: 'Price Override',
  rate_override: 'Rate Override',
  cover_role: 'Cover Role',
  exclude_role: 'Exclude Role',
  cover_work_type: 'Cover Work Type',
  exclude_work_type: 'Exclude Work Type',
};

export interface OneOffRow {
  customer: string;
  kind: OneOffKind;
  target: string;
  value?: number;
  start?: LocalDate;
  end?: LocalDate;
  approvedBy?: string;
  note?: string;
}
export const OneOffsSpec: TableSpec = {
  name: 'OneOffs',
  columns: [
    { key: 'customer', header: 'Customer', aliases: ['Company', 'Account'], required: true, kind: text() },
    { key: 'kind', header: 'Kind', aliases: ['Type'], required: true, kind: oneOf(ONE_OFF_KINDS) },
    { key: 'target', header: 'Target', required: true, kind: text() },
    { key: 'value', header: 'Value', kind: num({ min: 0 }) },
    { key: 'start', header: 'Start', aliases: ['Start Date'], kind: date() },
    { key: 'end', header: 'End', aliases: ['End Date'], kind: date() },
    { key: 'approvedBy', header: 'Approved By', kind: text() },
    { key: 'note', header: 'Note', aliases: ['Notes'], kind: text() },
  ],
};

export interface RoleRow {
  role: string;
  rate: number;
  costRate?: number;
}
export const RolesSpec: TableSpec = {
  name: 'Roles',
  columns: [
    { key: 'role', header: 'Role', aliases: ['Work Role'], required: true, kind: text() },
    { key: 'rate', header: 'Rate', aliases: ['Hourly Rate'], required: true, kind: num({ min: 0 }) },
    { key: 'costRate', header: 'Cost Rate', aliases: ['Hourly Cost'], kind: num({ min: 0 }) },
  ],
};

export interface WorkTypeRow {
  workType: string;
  nonBillable: boolean;
  showOnInvoice: boolean;
  alwaysExcluded: boolean;
  multiplier: number;
  taxable: boolean;
}
export const WorkTypesSpec: TableSpec = {
  name: 'WorkTypes',
  columns: [
    { key: 'workType', header: 'Work Type', aliases: ['Billing Code'], required: true, kind: text() },
    { key: 'nonBillable', header: 'Non-billable', aliases: ['Non Billable', 'NonBillable'], kind: bool(), default: false },
    { key: 'showOnInvoice', header: 'Show on Invoice', kind: bool(), default: false },
    { key: 'alwaysExcluded', header: 'Always Excluded', aliases: ['Contract Exclusion'], kind: bool(), default: false },
    { key: 'multiplier', header: 'Multiplier', aliases: ['Rate Multiplier'], kind: num({ min: 0 }), default: 1 },
    { key: 'taxable', header: 'Taxable', kind: bool(), default: false },
  ],
};
