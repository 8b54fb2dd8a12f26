/**
 * Parse + validate a large workbook: 100,000 TimeEntries rows, and a 500-customer × 40-service grid.
 * Baseline (same run, same arrays): a loop that reads every cell and does a Map lookup per name cell —
 * the least any parser must do. The ratio says what typing, addresses and findings cost on top.
 */
import { validateGrid } from '../core/grid';
import { nameKey } from '../core/names';
import { parseWorkbook, type SheetSource } from '../core/workbook';
import { measure, rate, ratio } from './measure';

const ENTRIES = 100_000;
const CUSTOMERS = 500;
const SERVICES = 40;
const AS_OF = '2026-11-01';

function timeEntries(): SheetSource {
  const roles = ['Technician', 'Engineer', 'Sr. Engineer', 'Network Administrator', 'Project Engineer'];
  const workTypes = ['Standard', 'Contract Exclusion', 'After Hours', 'Taxable'];
  const values: unknown[][] = [['Entry', 'Date', 'Start', 'End', 'Customer', 'Ticket', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Recorded', 'Notes']];
  for (let i = 0; i < ENTRIES; i++) {
    values.push([
      `TE-${i}`, 46235 + (i % 90), 0.375, 0.4375, `Customer ${i % CUSTOMERS}`, `T${i >> 2}`, `Tech ${i % 12}`, roles[i % 5],
      workTypes[i % 4], `Service ${i % SERVICES}`, 0.25 + (i % 8) * 0.25, i % 7 === 0 ? 'Billable' : 'Covered', 'Fixed the thing',
    ]);
  }
  return { name: 'TimeEntries', values };
}

function grid(): SheetSource[] {
  const names = Array.from({ length: SERVICES }, (_, j) => `Service ${j}`);
  const units = ['User', 'Workstation', 'Server', 'Device', 'Site'];
  const services = [['Service', 'Unit', 'Price'], ...names.map((n, j) => [n, units[j % 5], 10 + j])];
  const tier = names.map((_, j) => (j < 30 ? 'Y' : ''));
  const gridRows: unknown[][] = [['Customer', ...names]];
  const agreements: unknown[][] = [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total']];
  for (let c = 0; c < CUSTOMERS; c++) {
    const counts = names.map((_, j) => (j < 30 ? 1 + ((c + j) % 20) : ''));
    const total = counts.reduce<number>((s, n, j) => s + (typeof n === 'number' ? n * (10 + j) : 0), 0);
    gridRows.push([`Customer ${c}`, ...counts]);
    agreements.push([`Customer ${c}`, 'Managed', 'Standard', 46023, total]);
  }
  return [
    { name: 'Services', values: services },
    { name: 'Tiers', values: [['Tier', ...names], ['Standard', ...tier]] },
    { name: 'ServiceGrid', values: gridRows },
    { name: 'Agreements', values: agreements },
    { name: 'Roles', values: [['Role', 'Rate'], ['Technician', 125], ['Engineer', 150], ['Sr. Engineer', 175], ['Network Administrator', 160], ['Project Engineer', 165]] },
    { name: 'WorkTypes', values: [['Work Type'], ['Standard'], ['Contract Exclusion'], ['After Hours'], ['Taxable']] },
  ];
}

/**
 * Reads every cell, looks each non-empty cell's column up in a Map (the service a grid cell is about) and
 * each name cell's value (customer, role, work type) in another: no typing, no addresses, no findings.
 */
function baseline(sources: SheetSource[], nameColumns: Record<string, number[]>): number {
  const known = new Map<string, number>();
  let touched = 0;
  for (const s of sources) {
    const cols = nameColumns[s.name] ?? [0];
    const header = s.values[0].map((h) => nameKey(h));
    const columns = new Map(header.map((h, j) => [h, j]));
    for (let i = 1; i < s.values.length; i++) {
      const row = s.values[i];
      for (let j = 0; j < row.length; j++) if (row[j] !== '') touched += columns.get(header[j]) ?? 0;
      for (const j of cols) {
        const k = nameKey(row[j]);
        known.set(k, (known.get(k) ?? 0) + 1);
      }
    }
  }
  return touched + known.size;
}

export default async function run(): Promise<void> {
  const te = timeEntries();
  const gridSources = grid();
  const nameColumns = { TimeEntries: [4, 7, 8], ServiceGrid: [0], Agreements: [0], Services: [0] };

  let findings = 0;
  const full = () => {
    const wb = parseWorkbook([te, ...gridSources]);
    findings = wb.findings.length + validateGrid(wb, { asOf: AS_OF }).length;
  };
  const entriesOnly = () => {
    const wb = parseWorkbook([te, gridSources[4], gridSources[5]], { only: ['TimeEntries', 'Roles', 'WorkTypes'] });
    return validateGrid(wb, { asOf: AS_OF });
  };
  const gridOnly = () => validateGrid(parseWorkbook(gridSources), { asOf: AS_OF });

  const base = await measure(() => baseline([te, ...gridSources], nameColumns));
  const baseTe = await measure(() => baseline([te], nameColumns));
  const baseGrid = await measure(() => baseline(gridSources, nameColumns));
  const all = await measure(full);
  const t = await measure(entriesOnly);
  const g = await measure(gridOnly);

  console.log(`TimeEntries ${ENTRIES.toLocaleString('en-US')} rows: parse + validate ${t.ms.toFixed(0)} ms, ${rate(ENTRIES, t.ms)} rows, ` +
    `${ratio(t.ms, baseTe.ms)} (baseline ${baseTe.ms.toFixed(1)} ms), heap +${t.peakHeapMb.toFixed(0)} MB`);
  console.log(`Grid ${CUSTOMERS} customers × ${SERVICES} services: parse + validate ${g.ms.toFixed(0)} ms, ${rate(CUSTOMERS, g.ms)} customers, ` +
    `${rate(CUSTOMERS * SERVICES, g.ms)} grid cells, ${ratio(g.ms, baseGrid.ms)} (baseline ${baseGrid.ms.toFixed(1)} ms)`);
  console.log(`Whole workbook: ${all.ms.toFixed(0)} ms, ${ratio(all.ms, base.ms)} (baseline ${base.ms.toFixed(1)} ms), ${findings} finding(s)`);
}
