/**
 * The demo's customers: twelve managed customers over Silver/Gold/Platinum, one break-fix (T&M)
 * customer and one Block Hours customer, their grid rows, agreements and one-offs. Monthly Totals are
 * computed from the grid (units × price after price overrides) so the grid validates clean.
 */
import { roundCents } from '../grid/monthly-value';
import { DEMO_SERVICES, DEMO_TIERS, PROJECT_ROLE, WORK_TYPE, AGREEMENT_TYPE_LABEL, type DemoAgreementType, type DemoTier, type Table } from './catalog';
import { serialOfDate } from './clock';

export interface DemoCustomer {
  name: string;
  type: DemoAgreementType;
  tier?: DemoTier;
  users: number;
  workstations: number;
  servers: number;
  sites: number;
  start: string;
  setupFee?: number;
  blockHours?: number;
  /** Services beyond the tier (an Add Service one-off explains each). */
  added?: readonly string[];
  /** Tier services this customer does not take (a Remove Service one-off explains each). */
  removed?: readonly string[];
  /** Relative ticket volume. */
  weight: number;
}

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  { name: 'Acme Dental', type: 'managed', tier: 'Silver', users: 12, workstations: 14, servers: 1, sites: 1, start: '2024-03-01', setupFee: 1500, weight: 8 },
  { name: 'Birch Law Group', type: 'managed', tier: 'Silver', users: 18, workstations: 20, servers: 1, sites: 1, start: '2023-11-01', added: ['Backup & DR'], weight: 10 },
  { name: 'Cedar Ridge Realty', type: 'managed', tier: 'Silver', users: 9, workstations: 10, servers: 1, sites: 2, start: '2025-02-01', setupFee: 900, weight: 6 },
  { name: 'Lakeside Veterinary', type: 'managed', tier: 'Silver', users: 8, workstations: 11, servers: 1, sites: 1, start: '2025-06-01', weight: 6 },
  { name: 'Delta Logistics', type: 'managed', tier: 'Gold', users: 34, workstations: 38, servers: 3, sites: 2, start: '2022-09-01', weight: 14 },
  { name: 'Evergreen Clinic', type: 'managed', tier: 'Gold', users: 26, workstations: 30, servers: 2, sites: 1, start: '2024-01-01', weight: 12 },
  { name: 'Foxtail Architects', type: 'managed', tier: 'Gold', users: 15, workstations: 17, servers: 1, sites: 1, start: '2025-10-01', setupFee: 2500, weight: 8 },
  { name: 'Juniper Accounting', type: 'managed', tier: 'Gold', users: 21, workstations: 22, servers: 2, sites: 1, start: '2023-04-01', weight: 10 },
  { name: 'Keystone Schools', type: 'managed', tier: 'Gold', users: 48, workstations: 60, servers: 4, sites: 3, start: '2022-07-01', removed: ['Email Security'], weight: 16 },
  { name: 'Granite Insurance', type: 'managed', tier: 'Platinum', users: 40, workstations: 44, servers: 4, sites: 2, start: '2021-05-01', weight: 14 },
  { name: 'Harbor Marine Supply', type: 'managed', tier: 'Platinum', users: 29, workstations: 31, servers: 3, sites: 2, start: '2023-08-01', weight: 12 },
  { name: 'Ironwood Manufacturing', type: 'managed', tier: 'Platinum', users: 55, workstations: 62, servers: 5, sites: 3, start: '2022-01-01', weight: 16 },
  { name: 'Maple Street Bakery', type: 'tm', users: 6, workstations: 6, servers: 0, sites: 1, start: '2024-05-01', weight: 5 },
  { name: 'Northwind Nonprofit', type: 'block_hours', users: 14, workstations: 16, servers: 1, sites: 1, start: '2025-01-01', blockHours: 10, weight: 7 },
];

/** The Block Hours customer's grid: monitoring and antivirus only, support comes from the block. */
const BLOCK_HOURS_SERVICES = ['Endpoint Monitoring', 'Antivirus'];

/** Approved price for the Add Service one-off (Services says 120). */
const BIRCH_BACKUP_PRICE = 99;
const APPROVER = 'Dana Whitfield (Sales Manager)';

export function servicesOf(c: DemoCustomer): string[] {
  if (c.type === 'tm') return [];
  const base = c.type === 'block_hours' ? BLOCK_HOURS_SERVICES : DEMO_TIERS[c.tier!];
  return [...base.filter((s) => !c.removed?.includes(s)), ...(c.added ?? [])];
}

/** The grid cell of a service for a customer: a unit count, or Y for a Flat service. */
export function gridCell(c: DemoCustomer, service: string): number | 'Y' {
  const unit = DEMO_SERVICES.find((s) => s.service === service)!.unit;
  switch (unit) {
    case 'User': return c.users;
    case 'Workstation': return c.workstations;
    case 'Server': return c.servers;
    case 'Device': return c.servers + c.workstations;
    case 'Site': return c.sites;
    default: return 'Y';
  }
}

function priceOf(c: DemoCustomer, service: string): number {
  if (c.name === 'Birch Law Group' && service === 'Backup & DR') return BIRCH_BACKUP_PRICE;
  return DEMO_SERVICES.find((s) => s.service === service)!.price;
}

export function monthlyTotalOf(c: DemoCustomer): number {
  let total = 0;
  for (const s of servicesOf(c)) {
    const cell = gridCell(c, s);
    total += roundCents((cell === 'Y' ? 1 : cell) * priceOf(c, s));
  }
  return roundCents(total);
}

export function serviceGridTable(): Table {
  const names = DEMO_SERVICES.map((s) => s.service);
  const rows: Table = [['Customer', ...names]];
  for (const c of DEMO_CUSTOMERS) {
    if (c.type === 'tm') continue; // a break-fix customer buys no services
    const has = servicesOf(c);
    rows.push([c.name, ...names.map((n) => (has.includes(n) ? gridCell(c, n) : ''))]);
  }
  return rows;
}

export function agreementsTable(): Table {
  const rows: Table = [[
    'Customer', 'Agreement', 'Type', 'Tier', 'Start', 'End', 'Monthly Total', 'Setup Fee', 'Excluded Roles',
    'Excluded Work Types', 'Block Hours', 'Bill Increment', 'Minimum Hours',
  ]];
  for (const c of DEMO_CUSTOMERS) {
    const name = c.type === 'managed' ? `Managed Services - ${c.tier}` : c.type === 'tm' ? 'Break-fix' : 'Support Block';
    rows.push([
      c.name, name, AGREEMENT_TYPE_LABEL[c.type], c.tier ?? '', serialOfDate(c.start), '',
      c.type === 'tm' ? '' : monthlyTotalOf(c), c.setupFee ?? '', c.type === 'tm' ? '' : PROJECT_ROLE, '',
      c.blockHours ?? '', c.type === 'tm' ? 0.5 : '', c.type === 'tm' ? 1 : '',
    ]);
  }
  return rows;
}

export function oneOffsTable(): Table {
  return [
    ['Customer', 'Kind', 'Target', 'Value', 'Start', 'End', 'Approved By', 'Note'],
    ['Birch Law Group', 'Add Service', 'Backup & DR', 1, serialOfDate('2026-06-01'), '', APPROVER, 'Added at the June QBR: backup of the document server'],
    ['Birch Law Group', 'Price Override', 'Backup & DR', BIRCH_BACKUP_PRICE, serialOfDate('2026-06-01'), '', APPROVER, 'Approved discount with the 3-year renewal'],
    ['Keystone Schools', 'Remove Service', 'Email Security', '', serialOfDate('2025-09-01'), '', APPROVER, 'Filtering done by their Google Workspace'],
    ['Granite Insurance', 'Cover Role', PROJECT_ROLE, '', serialOfDate('2026-01-01'), '', APPROVER, 'Project hours included in the 2026 renewal'],
    ['Harbor Marine Supply', 'Exclude Work Type', WORK_TYPE.afterHours, '', serialOfDate('2026-07-01'), '', APPROVER, 'Amendment: after-hours work billed at 1.5×'],
    ['Juniper Accounting', 'Rate Override', 'Technician', 110, serialOfDate('2026-01-01'), '', APPROVER, 'Referral partner rate'],
  ];
}

/** How the invoice rules (DESIGN §4.2) treat the demo's special cases, used to record entries correctly. */
export const DEMO_RULES = {
  coverRole: { customer: 'Granite Insurance', role: PROJECT_ROLE },
  excludeWorkType: { customer: 'Harbor Marine Supply', workType: WORK_TYPE.afterHours },
} as const;
