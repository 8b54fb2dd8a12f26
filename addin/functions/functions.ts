/**
 * The MSPSYNC custom functions (DESIGN §5). The JSDoc `@customfunction` tags generate functions.json at
 * build time; each function reads the workbook's tables through the cache and answers with the same core
 * engines as the ribbon and the pane. A bad argument becomes #VALUE! with a message, a question without an
 * answer (N/A KPI) #N/A — never a wrong number.
 */
import './ensure-global';
import { computeBonus } from '../../core/bonus';
import { computeKpis } from '../../core/kpi';
import { KPI_TABLES } from '../../core/kpi/compute';
import type { TableName } from '../../core/workbook';
import { FunctionArgError, monthArg, optionalText, requiredText, type Arg } from './argument-error';
import { bonusPayout, BONUS_TABLES } from './bonus-value';
import { classifyOne, COVERAGE_TABLES, coverageText, type EntryQuestion } from './coverage';
import { customFunctionsApi } from './custom-functions-api';
import { kpiValue } from './kpi-value';
import { functionsRuntime, todayIn } from './runtime';
import { dueKind, SLA_DUE_TABLES, slaDue } from './sla-due';

/**
 * Whether time for this customer, role and work type is covered, billable or non-billable, and why.
 * @customfunction COVERAGE
 * @param customer Customer name as on the services grid
 * @param role Role (work role) of the technician
 * @param workType Work type (billing code)
 * @param [service] Service the work was for
 * @param [date] Date of the work (default: today)
 * @returns Outcome and reason, e.g. "billable: excluded_role"
 */
export async function coverage(customer: string, role: string, workType: string, service?: string | null, date?: string | number | null): Promise<string> {
  return answer(async () => coverageText(await entry(customer, role, workType, service, date, 1)));
}

/**
 * The amount this work would be billed (0 when covered or non-billable).
 * @customfunction BILLABLE
 * @param customer Customer name as on the services grid
 * @param role Role (work role) of the technician
 * @param workType Work type (billing code)
 * @param hours Hours worked
 * @param [service] Service the work was for
 * @param [date] Date of the work (default: today)
 * @returns Amount in the workbook's currency
 */
export async function billable(customer: string, role: string, workType: string, hours: number, service?: string | null, date?: string | number | null): Promise<number> {
  return answer(async () => {
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) throw new FunctionArgError(`hours must be a number ≥ 0, got ${JSON.stringify(hours)}`);
    return (await entry(customer, role, workType, service, date, hours)).amount;
  });
}

/**
 * When a ticket is due under the SLA, in business hours of the workbook's Calendar.
 * @customfunction SLADUE
 * @param created When the ticket was created (date-time)
 * @param priority P1–P4 or Critical/High/Medium/Low
 * @param [customer] Customer (default: none, so break-fix targets apply)
 * @param [kind] response, plan or resolution (default resolution)
 * @returns The due date-time as an Excel date (format the cell as a date)
 */
export async function sladue(created: string | number, priority: string | number, customer?: string | null, kind?: string | null): Promise<number> {
  return answer(async () => {
    if (created === null || created === undefined || created === '') throw new FunctionArgError('created is required');
    requiredText('priority', priority);
    const k = dueKind(optionalText(kind));
    const wb = await functionsRuntime().cache.workbook(SLA_DUE_TABLES);
    return slaDue(wb, created, priority, optionalText(customer), k);
  });
}

/**
 * A KPI for a resource, a team or everyone, for a month.
 * @customfunction KPI
 * @param metric Metric name, e.g. "MTTR Hours", "SLA Response %", "Utilization %"
 * @param [resource] Resource or team (default: everyone)
 * @param [month] Month as YYYY-MM (default: the latest month with tickets)
 * @returns The value; percentages as fractions
 */
export async function kpi(metric: string, resource?: string | null, month?: string | number | null): Promise<number> {
  return answer(async () => {
    const m = requiredText('metric', metric);
    const mon = monthArg('month', month, false);
    const result = await functionsRuntime().cache.derived(`kpi|${mon ?? ''}`, [...KPI_TABLES, 'Settings'] as TableName[], (wb) => computeKpis(wb, { month: mon }));
    return kpiValue(result, m, optionalText(resource));
  });
}

/**
 * An employee's bonus payout for a month under their plan.
 * @customfunction BONUS
 * @param employee Employee name as in Employees
 * @param month Month as YYYY-MM
 * @returns Payout in the workbook's currency
 */
export async function bonus(employee: string, month: string | number): Promise<number> {
  return answer(async () => {
    const who = requiredText('employee', employee);
    const mon = monthArg('month', month, true)!;
    const result = await functionsRuntime().cache.derived(`bonus|${mon}`, BONUS_TABLES, (wb) => computeBonus(wb, { month: mon }));
    return bonusPayout(result, who);
  });
}

/** Function id → implementation, for explicit registration (addin/main.ts) and tests. */
export const CUSTOM_FUNCTIONS = { COVERAGE: coverage, BILLABLE: billable, SLADUE: sladue, KPI: kpi, BONUS: bonus } as const;

async function entry(customer: Arg, role: Arg, workType: Arg, service: Arg, date: Arg, hours: number) {
  const { cache, now } = functionsRuntime();
  const wb = await cache.workbook(COVERAGE_TABLES);
  const q: EntryQuestion = {
    customer: requiredText('customer', customer),
    role: requiredText('role', role),
    workType: requiredText('workType', workType),
    service: optionalText(service),
    date: typeof date === 'number' ? date : optionalText(date) ?? todayIn(wb, now()),
    hours,
  };
  const key = ['entry', q.customer, q.role, q.workType, q.service ?? '', q.date, q.hours].join('|');
  return cache.derived(key, COVERAGE_TABLES, (w) => classifyOne(w, q));
}

/** Runs a function body; our argument errors become Excel errors with their message. */
async function answer<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw excelError(e);
  }
}

function excelError(e: unknown): unknown {
  const message = e instanceof Error ? e.message : String(e);
  const cf = customFunctionsApi();
  if (!cf?.Error || !cf.ErrorCode) return e instanceof Error ? e : new Error(message);
  const code = e instanceof FunctionArgError && e.kind === 'notAvailable' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
  return new cf.Error(code, message);
}
