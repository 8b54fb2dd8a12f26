/**
 * A small services grid that validates clean, as Range.values arrays, for grid-validation tests.
 * Columns by letter (row 2 is the first data row):
 *  Services     A Service, B Unit, C Price, D Active: Help Desk User 40 (row 2), Backup Server 100 (3), vCIO Flat 200 (4)
 *  Tiers        A Tier, B Help Desk, C Backup, D vCIO: Silver Y/–/– (2), Gold Y/Y/Y (3)
 *  ServiceGrid  A Customer, B Help Desk, C Backup, D vCIO: Acme 10/–/– (2, Silver = 400), Beta 5/2/Y (3, Gold = 600)
 *  Agreements   A Customer, B Type, C Tier, D Start, E End, F Monthly Total, G Excluded Roles, H Excluded Work Types
 *               Acme Managed Silver 2026-01-01 – 400 Engineer (2); Beta Managed Gold 2026-01-01 – 600 – Project (3)
 *  OneOffs      A Customer, B Kind, C Target, D Value, E Start, F End: Acme Cover Role Engineer (2)
 *  Roles        A Role, B Rate: Technician 100 (2), Engineer 150 (3)
 *  WorkTypes    A Work Type, B Non-billable: Standard (2), Project (3), Internal Y (4)
 *  TimeEntries  A Date, B Customer, C Role, D Work Type, E Hours: 2026-10-01 Acme Technician Standard 1 (2)
 * Validated as of 2026-11-01.
 */
import type { Finding } from '../../../core/findings';
import { validateGrid } from '../../../core/grid';
import { parseWorkbook, type TableName, type Workbook } from '../../../core/workbook';

export type Table = unknown[][];
export const AS_OF = '2026-11-01';

export function baseTables(): Partial<Record<TableName, Table>> {
  return {
    Services: [['Service', 'Unit', 'Price', 'Active'], ['Help Desk', 'User', 40, 'Y'], ['Backup', 'Server', 100, 'Y'], ['vCIO', 'Flat', 200, 'Y']],
    Tiers: [['Tier', 'Help Desk', 'Backup', 'vCIO'], ['Silver', 'Y', '', ''], ['Gold', 'Y', 'Y', 'Y']],
    ServiceGrid: [['Customer', 'Help Desk', 'Backup', 'vCIO'], ['Acme', 10, '', ''], ['Beta', 5, 2, 'Y']],
    Agreements: [
      ['Customer', 'Type', 'Tier', 'Start', 'End', 'Monthly Total', 'Excluded Roles', 'Excluded Work Types'],
      ['Acme', 'Managed', 'Silver', '2026-01-01', '', 400, 'Engineer', ''],
      ['Beta', 'Managed', 'Gold', '2026-01-01', '', 600, '', 'Project'],
    ],
    OneOffs: [['Customer', 'Kind', 'Target', 'Value', 'Start', 'End'], ['Acme', 'Cover Role', 'Engineer', '', '2026-01-01', '']],
    Roles: [['Role', 'Rate'], ['Technician', 100], ['Engineer', 150]],
    WorkTypes: [['Work Type', 'Non-billable'], ['Standard', ''], ['Project', ''], ['Internal', 'Y']],
    TimeEntries: [['Date', 'Customer', 'Role', 'Work Type', 'Hours'], ['2026-10-01', 'Acme', 'Technician', 'Standard', 1]],
  };
}

export type Edit = (tables: Partial<Record<TableName, Table>>) => void;

/** Parses the base tables after the edits. */
export function book(...edits: Edit[]): Workbook {
  const tables = baseTables();
  for (const edit of edits) edit(tables);
  return parseWorkbook(Object.entries(tables).map(([name, values]) => ({ name, values })));
}

export function validate(edits: Edit[] = [], asOf = AS_OF): Finding[] {
  return validateGrid(book(...edits), { asOf });
}

/** Sets one cell by A1 address within a table (`set('Services', 'C4', 0)`). */
export function set(table: TableName, a1: string, value: unknown): Edit {
  return (t) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = m[1].charCodeAt(0) - 65;
    const row = Number(m[2]) - 1;
    const rows = t[table]!;
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  };
}

export function addRow(table: TableName, row: unknown[]): Edit {
  return (t) => void t[table]!.push(row);
}

export function drop(table: TableName): Edit {
  return (t) => void delete t[table];
}

/** [code, cell] pairs of the findings with that code. */
export function withCode(findings: Finding[], code: string): [string, string | null][] {
  return findings.filter((f) => f.code === code).map((f) => [f.code, f.cell]);
}
