/** People and money: Employees, BonusPlans, Finance. */
import type { LocalDate } from '../dates';
import { bool, date, month, num, oneOf, text, type TableSpec } from '../spec';

export interface EmployeeRow {
  employee: string;
  plan: string;
  team?: string;
  monthlyBase: number;
  hoursPerDay: number;
  start?: LocalDate;
  end?: LocalDate;
}
export const EmployeesSpec: TableSpec = {
  name: 'Employees',
  columns: [
    { key: 'employee', header: 'Employee', aliases: ['Resource', 'Member', 'Name'], required: true, kind: text() },
    { key: 'plan', header: 'Plan', aliases: ['Bonus Plan'], required: true, kind: text() },
    { key: 'team', header: 'Team', kind: text() },
    { key: 'monthlyBase', header: 'Monthly Base', aliases: ['Base', 'Base Salary'], required: true, kind: num({ min: 0 }) },
    { key: 'hoursPerDay', header: 'Hours per Day', aliases: ['Daily Hours'], kind: num({ positive: true, max: 24 }), default: 8 },
    { key: 'start', header: 'Start', aliases: ['Start Date', 'Hired'], kind: date() },
    { key: 'end', header: 'End', aliases: ['End Date', 'Left'], kind: date() },
  ],
};

export const DIRECTIONS = { at_most: ['at most', '<=', 'max', 'lower'], at_least: ['at least', '>=', 'min', 'higher'] } as const;
export type Direction = keyof typeof DIRECTIONS;
export const MODES = { Step: ['step'], Linear: ['linear'] } as const;
export type Mode = keyof typeof MODES;
export const POOL_BASES = {
  'Managed Revenue': ['Managed', 'MRR'],
  'Project Revenue': ['Project'],
  Fixed: ['Fixed Amount', 'Amount'],
} as const;
export type PoolBasis = keyof typeof POOL_BASES;
export const SPLITS = { Equal: ['equal'], Hours: ['hours', 'By Hours'], Base: ['base', 'By Base', 'Monthly Base'] } as const;
export type Split = keyof typeof SPLITS;

export interface BonusPlanRow {
  plan: string;
  metric: string;
  goal: number;
  direction?: Direction;
  weight?: number;
  mode: Mode;
  threshold?: number;
  stretch?: number;
  gate: boolean;
  poolBasis: PoolBasis;
  poolRate: number;
  split: Split;
  cap?: number;
}
export const BonusPlansSpec: TableSpec = {
  name: 'BonusPlans',
  columns: [
    { key: 'plan', header: 'Plan', required: true, kind: text() },
    { key: 'metric', header: 'Metric', aliases: ['KPI'], required: true, kind: text() },
    { key: 'goal', header: 'Goal', aliases: ['Target'], required: true, kind: num() },
    { key: 'direction', header: 'Direction', kind: oneOf(DIRECTIONS) },
    { key: 'weight', header: 'Weight', kind: num({ min: 0 }) },
    { key: 'mode', header: 'Mode', kind: oneOf(MODES), default: 'Step' },
    { key: 'threshold', header: 'Threshold', kind: num() },
    { key: 'stretch', header: 'Stretch', kind: num() },
    { key: 'gate', header: 'Gate', kind: bool(), default: false },
    { key: 'poolBasis', header: 'Pool Basis', required: true, kind: oneOf(POOL_BASES) },
    { key: 'poolRate', header: 'Pool Rate', required: true, kind: num({ min: 0 }) },
    { key: 'split', header: 'Split', kind: oneOf(SPLITS), default: 'Equal' },
    { key: 'cap', header: 'Cap', kind: num({ min: 0 }) },
  ],
};

export interface FinanceRow {
  month: string;
  managedRevenue?: number;
  projectRevenue?: number;
  arBalance?: number;
  creditSales?: number;
  invoiceRuns?: number;
  billingIssueResponseHours?: number;
}
export const FinanceSpec: TableSpec = {
  name: 'Finance',
  columns: [
    { key: 'month', header: 'Month', required: true, kind: month() },
    { key: 'managedRevenue', header: 'Managed Revenue', kind: num({ min: 0 }) },
    { key: 'projectRevenue', header: 'Project Revenue', kind: num({ min: 0 }) },
    { key: 'arBalance', header: 'AR Balance', aliases: ['Accounts Receivable'], kind: num({ min: 0 }) },
    { key: 'creditSales', header: 'Credit Sales', kind: num({ min: 0 }) },
    { key: 'invoiceRuns', header: 'Invoice Runs', kind: num({ min: 0, integer: true }) },
    { key: 'billingIssueResponseHours', header: 'Billing Issue Response Hours', aliases: ['Billing Response Hours'], kind: num({ min: 0 }) },
  ],
};
