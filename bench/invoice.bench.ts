/**
 * Invoice check throughput: 100,000 and 1,000,000 time entries over 500 customers (managed, block hours,
 * T&M; exclusions, one-offs, services, start/end times against a calendar). Baseline, same run: a bare
 * loop over the same parsed rows doing the same map lookups (customer, role, work type by name key,
 * customer-day, service) and nothing else. Goal (DESIGN §6): 100k < 500 ms and ≤ 5× the baseline.
 */
import { checkInvoices } from '../core/invoice';
import { buildGridModel } from '../core/grid/model';
import { nameKey } from '../core/names';
import { parseWorkbook, type SheetSource } from '../core/workbook';
import { gc, rate, ratio } from './measure';

const CUSTOMERS = 500;
const ROLES = ['Technician', 'Engineer', 'Project Manager', 'Help Desk'];
const WORK_TYPES = ['Remote', 'Onsite', 'After Hours', 'Internal', 'Project'];
const SERVICES = ['Helpdesk', 'Backup', 'Firewall', 'Email', 'Patching'];
const OFF_DAYS = [5, 6, 7, 12, 13, 19, 20, 26, 27]; // September 2026 weekends and Labor Day
const WORK_DAYS = Array.from({ length: 30 }, (_, i) => i + 1).filter((d) => !OFF_DAYS.includes(d));

export function reference(): SheetSource[] {
  const customer = (i: number) => `Customer ${i}`;
  const agreements: unknown[][] = [['Customer', 'Agreement', 'Type', 'Start', 'End', 'Excluded Roles', 'Excluded Work Types', 'Block Hours']];
  const grid: unknown[][] = [['Customer', ...SERVICES]];
  const oneOffs: unknown[][] = [['Customer', 'Kind', 'Target', 'Value', 'Start', 'End']];
  for (let i = 0; i < CUSTOMERS; i++) {
    const type = i % 10 === 0 ? 'Time & Materials' : i % 7 === 0 ? 'Block Hours' : 'Managed';
    agreements.push([customer(i), `A${i}`, type, '2026-01-01', '', i % 3 === 0 ? 'Project Manager' : '', 'Onsite', type === 'Block Hours' ? 40 : '']);
    grid.push([customer(i), 10 + (i % 20), i % 2 ? 2 : '', 'Y', i % 4 === 0 ? '' : 15, 'Y']);
    if (i % 5 === 0) oneOffs.push([customer(i), 'Cover Role', 'Engineer', '', '2026-09-10', '2026-09-20']);
    if (i % 6 === 0) oneOffs.push([customer(i), 'Rate Override', 'Technician', 90, '', '']);
  }
  return [
    { name: 'Settings', values: [['Key', 'Value'], ['Time Zone', 'America/New_York'], ['Tax Rate', 0.07]] },
    { name: 'Services', values: [['Service', 'Unit', 'Price'], ...SERVICES.map((s, i) => [s, 'User', 10 + i])] },
    { name: 'ServiceGrid', values: grid },
    { name: 'Agreements', values: agreements },
    { name: 'OneOffs', values: oneOffs },
    { name: 'Roles', values: [['Role', 'Rate', 'Cost Rate'], ...ROLES.map((r, i) => [r, 100 + 25 * i, 40 + 5 * i])] },
    {
      name: 'WorkTypes',
      values: [['Work Type', 'Non-billable', 'Always Excluded', 'Multiplier'], ['Remote', 'N', 'N', 1], ['Onsite', 'N', 'N', 1], ['After Hours', 'N', 'N', 1.5], ['Internal', 'Y', 'N', 1], ['Project', 'N', 'Y', 1]],
    },
    { name: 'Calendar', values: [['Day', 'Start', 'End'], ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, '08:00', '17:00'])] },
    { name: 'Holidays', values: [['Date', 'Name'], ['2026-09-07', 'Labor Day']] },
  ];
}

export function timeEntries(n: number): SheetSource {
  const values: unknown[][] = [['Entry', 'Date', 'Start', 'End', 'Customer', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Recorded']];
  let seed = 42;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  for (let i = 0; i < n; i++) {
    // Mostly business days; one entry in ten on a weekend or the holiday (after hours at standard rate).
    const day = rnd(10) === 0 ? OFF_DAYS[rnd(OFF_DAYS.length)] : WORK_DAYS[rnd(WORK_DAYS.length)];
    const date = `2026-09-${String(day).padStart(2, '0')}`;
    const h = 8 + rnd(9); // mostly office hours; 16:00–17:30 runs past the Calendar
    values.push([
      String(i + 1), date, `${h}:00`, `${h + 1}:30`, `Customer ${rnd(CUSTOMERS)}`, `Tech ${rnd(40)}`,
      ROLES[rnd(ROLES.length)], WORK_TYPES[rnd(10) < 6 ? 0 : rnd(WORK_TYPES.length)], rnd(3) === 0 ? '' : SERVICES[rnd(SERVICES.length)],
      (1 + rnd(16)) / 4, rnd(4) === 0 ? 'Billable' : 'Covered',
    ]);
  }
  return { name: 'TimeEntries', values };
}

/** The same lookups the engine makes per entry, without deciding anything. */
function bareLoop(wb: ReturnType<typeof parseWorkbook>): number {
  const model = buildGridModel(wb);
  const days = new Map<string, Map<string, Set<string>>>();
  let hits = 0;
  for (const row of wb.TimeEntries.rows) {
    const c = nameKey(row.customer);
    if (model.agreements.has(c) || model.grid.has(c)) hits++;
    if (model.roles.get(nameKey(row.role))) hits++;
    if (model.workTypes.get(nameKey(row.workType))) hits++;
    let byDate = days.get(c);
    if (!byDate) days.set(c, (byDate = new Map()));
    let services = byDate.get(row.date);
    if (!services) byDate.set(row.date, (services = new Set(model.grid.get(c)?.services.keys() ?? [])));
    if (row.service && services.has(nameKey(row.service))) hits++;
  }
  return hits;
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** One timed run after a full GC; keeps the best wall and CPU time and the largest heap growth. */
function timeOnce(best: { ms: number; cpu: number; heapMb: number }, fn: () => unknown): void {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const kept = fn();
  const ms = performance.now() - t0;
  const cpu = cpuMs(process.cpuUsage(cpu0));
  best.heapMb = Math.max(best.heapMb, (process.memoryUsage().heapUsed - heap0) / 1048576);
  best.ms = Math.min(best.ms, ms);
  best.cpu = Math.min(best.cpu, cpu);
  void kept; // the result stays alive until here, so the heap figure counts it
}

export default async function invoiceBench(): Promise<void> {
  const ref = reference();
  for (const n of (process.env.BENCH_N ? [Number(process.env.BENCH_N)] : [100_000, 1_000_000])) {
    const sources = [...ref, timeEntries(n)];
    gc();
    const t0 = performance.now();
    const wb = parseWorkbook(sources);
    const parseMs = performance.now() - t0;
    // Baseline and engine alternate, best of each: a busy machine slows both alike instead of one.
    // CPU time (user + system of this process, GC threads included) is printed beside wall time: on a
    // shared machine it varies less.
    const rounds = n >= 1_000_000 ? 2 : 5;
    const base = { ms: Infinity, cpu: Infinity, heapMb: 0 };
    const engine = { ms: Infinity, cpu: Infinity, heapMb: 0 };
    const rssBefore = process.memoryUsage().rss;
    bareLoop(wb);
    checkInvoices(wb); // warm-up
    for (let k = 0; k < rounds; k++) {
      timeOnce(base, () => bareLoop(wb));
      timeOnce(engine, () => checkInvoices(wb));
    }
    const rssPeak = process.memoryUsage().rss;
    console.log(`${n.toLocaleString('en-US')} entries over ${CUSTOMERS} customers`);
    console.log(`  parse workbook      ${parseMs.toFixed(0)} ms (${rate(n, parseMs)})`);
    console.log(`  bare lookup loop    ${base.ms.toFixed(1)} ms (${rate(n, base.ms)})  [baseline]`);
    console.log(`  checkInvoices       ${engine.ms.toFixed(1)} ms (${rate(n, engine.ms)})  ${ratio(engine.ms, base.ms)}`);
    console.log(`  cpu time            baseline ${base.cpu.toFixed(0)} ms, checkInvoices ${engine.cpu.toFixed(0)} ms: ${ratio(engine.cpu, base.cpu)}`);
    console.log(`  peak heap growth    ${engine.heapMb.toFixed(0)} MB (${((engine.heapMb * 1024 * 1024) / n).toFixed(0)} B/entry), rss ${(rssPeak / 1048576).toFixed(0)} MB (was ${(rssBefore / 1048576).toFixed(0)} MB)`);
  }
}
