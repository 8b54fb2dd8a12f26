/** The demo MSP's catalog: settings, services, tiers, roles, work types, business hours, holidays and SLA targets. */
import type { Unit } from '../workbook/tables';
import { CLOSE_MINUTE, DEMO_HOLIDAYS, OPEN_MINUTE, serialOfDate, timeFraction } from './clock';

export type Table = unknown[][];

export const DEMO_TIME_ZONE = 'America/New_York';

export interface DemoService {
  service: string;
  category: string;
  unit: Unit;
  price: number;
  cost: number;
  vendor: string;
}

export const DEMO_SERVICES: readonly DemoService[] = [
  { service: 'Help Desk', category: 'Support', unit: 'User', price: 40, cost: 18, vendor: 'In-house' },
  { service: 'Endpoint Monitoring', category: 'Monitoring', unit: 'Workstation', price: 12, cost: 3.5, vendor: 'NinjaOne' },
  { service: 'Server Monitoring', category: 'Monitoring', unit: 'Server', price: 75, cost: 20, vendor: 'NinjaOne' },
  { service: 'Antivirus', category: 'Security', unit: 'Device', price: 5, cost: 2.25, vendor: 'SentinelOne' },
  { service: 'Email Security', category: 'Security', unit: 'User', price: 4, cost: 1.5, vendor: 'Proofpoint' },
  { service: 'Backup & DR', category: 'Continuity', unit: 'Server', price: 120, cost: 45, vendor: 'Datto' },
  { service: 'Network Administration', category: 'Support', unit: 'Site', price: 350, cost: 160, vendor: 'In-house' },
  { service: 'vCIO Review', category: 'Advisory', unit: 'Flat', price: 250, cost: 90, vendor: 'In-house' },
];

export const DEMO_TIERS: Readonly<Record<'Silver' | 'Gold' | 'Platinum', readonly string[]>> = {
  Silver: ['Help Desk', 'Endpoint Monitoring', 'Server Monitoring', 'Antivirus'],
  Gold: ['Help Desk', 'Endpoint Monitoring', 'Server Monitoring', 'Antivirus', 'Email Security', 'Backup & DR'],
  Platinum: [
    'Help Desk', 'Endpoint Monitoring', 'Server Monitoring', 'Antivirus', 'Email Security', 'Backup & DR',
    'Network Administration', 'vCIO Review',
  ],
};
export type DemoTier = keyof typeof DEMO_TIERS;

export const DEMO_ROLES = [
  { role: 'Technician', rate: 125, costRate: 42 },
  { role: 'Engineer', rate: 150, costRate: 55 },
  { role: 'Sr. Engineer', rate: 175, costRate: 68 },
  { role: 'Network Administrator', rate: 160, costRate: 60 },
  { role: 'Project Engineer', rate: 165, costRate: 62 },
] as const;

/** Seed 000's short list: four billable work types and two non-billable ones. */
export const WORK_TYPE = {
  standard: 'Standard',
  exclusion: 'Contract Exclusion',
  afterHours: 'After Hours',
  taxable: 'Taxable',
  nbShown: 'Non-billable - Shown',
  nbHidden: 'Non-billable - Not Shown',
} as const;

export const PROJECT_ROLE = 'Project Engineer';

export function settingsTable(): Table {
  return [
    ['Key', 'Value'],
    ['Time Zone', DEMO_TIME_ZONE],
    ['Currency', 'USD'],
    ['Bill Increment', 0.25],
    ['Minimum Hours', 0],
    ['Tax Rate', 0.0625],
    ['Pause Statuses', 'Waiting Customer, On Hold, Waiting Vendor'],
    ['CSAT Minimum Sample', 10],
  ];
}

export function servicesTable(): Table {
  return [
    ['Service', 'Category', 'Unit', 'Price', 'Cost', 'Vendor', 'Active'],
    ...DEMO_SERVICES.map((s) => [s.service, s.category, s.unit, s.price, s.cost, s.vendor, 'Y']),
  ];
}

export function tiersTable(): Table {
  const names = DEMO_SERVICES.map((s) => s.service);
  return [
    ['Tier', ...names],
    ...Object.entries(DEMO_TIERS).map(([tier, included]) => [tier, ...names.map((n) => (included.includes(n) ? 'Y' : ''))]),
  ];
}

export function rolesTable(): Table {
  return [['Role', 'Rate', 'Cost Rate'], ...DEMO_ROLES.map((r) => [r.role, r.rate, r.costRate])];
}

export function workTypesTable(): Table {
  return [
    ['Work Type', 'Non-billable', 'Show on Invoice', 'Always Excluded', 'Multiplier', 'Taxable'],
    [WORK_TYPE.standard, '', 'Y', '', 1, ''],
    [WORK_TYPE.exclusion, '', 'Y', 'Y', 1, ''],
    [WORK_TYPE.afterHours, '', 'Y', '', 1.5, ''],
    [WORK_TYPE.taxable, '', 'Y', '', 1, 'Y'],
    [WORK_TYPE.nbShown, 'Y', 'Y', '', 1, ''],
    [WORK_TYPE.nbHidden, 'Y', '', '', 1, ''],
  ];
}

export function calendarTable(): Table {
  return [
    ['Day', 'Start', 'End'],
    ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, timeFraction(OPEN_MINUTE), timeFraction(CLOSE_MINUTE)]),
  ];
}

export function holidaysTable(): Table {
  return [['Date', 'Name'], ...DEMO_HOLIDAYS.map(([d, name]) => [serialOfDate(d), name])];
}

export const AGREEMENT_TYPE_LABEL = { managed: 'Managed', block_hours: 'Block Hours', tm: 'Time & Materials' } as const;
export type DemoAgreementType = keyof typeof AGREEMENT_TYPE_LABEL;

/** Business hours per agreement type and priority: response, plan, resolution (seed 004: managed first). */
export const DEMO_SLA: Readonly<Record<DemoAgreementType, Record<'P1' | 'P2' | 'P3' | 'P4', readonly [number, number, number]>>> = {
  managed: { P1: [1, 2, 4], P2: [2, 4, 8], P3: [4, 8, 16], P4: [8, 16, 40] },
  block_hours: { P1: [2, 4, 8], P2: [4, 8, 16], P3: [8, 16, 24], P4: [16, 24, 48] },
  tm: { P1: [4, 8, 16], P2: [8, 16, 24], P3: [16, 24, 40], P4: [24, 40, 80] },
};

export function slaTable(): Table {
  const rows: Table = [['Agreement Type', 'Priority', 'Response Hours', 'Plan Hours', 'Resolution Hours']];
  for (const [type, byPriority] of Object.entries(DEMO_SLA) as [DemoAgreementType, Record<string, readonly number[]>][]) {
    for (const [p, [response, plan, resolution]] of Object.entries(byPriority)) {
      rows.push([AGREEMENT_TYPE_LABEL[type], p, response, plan, resolution]);
    }
  }
  return rows;
}
