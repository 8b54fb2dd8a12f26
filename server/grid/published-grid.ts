/**
 * Publishing the services grid: the workbook's grid tables (as Range.values) are parsed and validated
 * with the same core code as the add-in and CLI; errors refuse the publish (400 with findings), otherwise
 * the tables are stored as the next version. Parsed forms of the current version are cached by version.
 */
import { hasErrors, type Finding } from '../../core/findings';
import { validateGrid } from '../../core/grid/validate';
import { businessDaysOf } from '../../core/onboarding/calendar-days';
import type { BusinessDays } from '../../core/onboarding/business-days';
import { MON_TO_FRI } from '../../core/onboarding/business-days';
import { sourcesOf, type SheetSource } from '../../core/workbook/parse-table';
import { parseWorkbook } from '../../core/workbook/parse-workbook';
import { ApiProblem } from '../http/problem';
import type { GridTables, GridVersion, GridVersions } from '../store/grid-versions';

export class PublishedGrid {
  private cache: { version: number; grid: GridVersion; sources: SheetSource[]; days: BusinessDays } | null = null;

  constructor(
    private readonly versions: GridVersions,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  /** Validates and stores; returns the version and the (non-error) findings. */
  publish(actor: string, tables: GridTables): { version: number; findings: Finding[] } {
    const findings = checkGrid(tables, this.today());
    if (hasErrors(findings)) {
      const errors = findings.filter((f) => f.severity === 'error').length;
      throw new ApiProblem(400, 'grid_invalid', 'The grid has errors', `The grid was not published: ${errors} error(s) (first: ${describe(findings.find((f) => f.severity === 'error')!)})`, { findings });
    }
    const summary = { tables: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, Math.max(0, v.length - 1)])), warnings: findings.length };
    const version = this.versions.publish(actor, tables, summary);
    return { version, findings };
  }

  current(): { grid: GridVersion; sources: SheetSource[]; days: BusinessDays } | null {
    let latest = this.versions.latestNumber();
    if (latest === null) return null;
    if (this.cache?.version !== latest) {
      let grid = this.versions.get(latest);
      if (!grid) {
        // A publish whose transaction was rolled back: the remembered number was never committed.
        this.versions.forgetLatest();
        latest = this.versions.latestNumber();
        grid = latest === null ? null : this.versions.get(latest);
        if (!grid || latest === null) return null;
      }
      const sources = sourcesOf(grid.tables);
      this.cache = { version: latest, grid, sources, days: businessDaysOf(sources) };
    }
    return this.cache;
  }

  businessDays(): BusinessDays {
    return this.current()?.days ?? MON_TO_FRI;
  }
}

function describe(f: Finding): string {
  return f.cell ? `${f.cell}: ${f.message}` : f.message;
}

/** Parse findings plus grid validation, as the add-in's Validate grid shows them. */
export function checkGrid(tables: GridTables, asOf: string): Finding[] {
  const wb = parseWorkbook(sourcesOf(tables));
  return [...wb.findings, ...validateGrid(wb, { asOf })];
}
