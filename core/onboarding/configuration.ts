/**
 * What a finished onboarding becomes: the customer's Agreements row and ServiceGrid row, keyed by the
 * workbook's column names (DESIGN §3), so the sale becomes the configuration techs see. The grid row
 * takes the tier's services from the published grid, with units from the cover page by each service's
 * Unit. The rows are then validated together with the published grid, so a cover-page Monthly Total that
 * differs from the grid's value (sold ≠ configured) shows as a finding before anyone signs off.
 */
import { finding, type Finding } from '../findings';
import { buildGridModel } from '../grid/model';
import { validateGrid } from '../grid/validate';
import { headerKey, nameKey } from '../names';
import { parseWorkbook, findSource } from '../workbook/parse-workbook';
import type { SheetSource } from '../workbook/parse-table';
import { acceptedHeaders } from '../workbook/spec';
import { AgreementsSpec, type Unit } from '../workbook/tables/grid';
import { computeMoney, type CoverPage } from './cover';

export type ConfigurationRow = Record<string, string | number>;

export interface Configuration {
  agreement: ConfigurationRow;
  serviceGrid: ConfigurationRow;
  findings: Finding[];
}

/** Units of a service for this cover page, by the service's Unit. */
export function unitsFor(unit: Unit, cover: CoverPage): number | 'Y' {
  switch (unit) {
    case 'Server':
      return cover.servers.count;
    case 'Workstation':
      return cover.workstations.count;
    case 'User':
      return cover.users;
    case 'Device':
      return cover.servers.count + cover.workstations.count;
    default:
      return 'Y'; // Flat and Site: included without a count
  }
}

export function configurationFor(cover: CoverPage, published: readonly SheetSource[] | null, asOf: string): Configuration {
  const findings: Finding[] = [];
  const money = computeMoney(cover);
  const agreement: ConfigurationRow = {
    Customer: cover.client,
    Agreement: `${cover.client} Managed Services`,
    Type: 'Managed',
    Tier: cover.tier,
    Start: cover.signedOn,
    'Monthly Total': money.monthlyTotal,
    'Setup Fee': cover.setupFee,
  };
  const serviceGrid: ConfigurationRow = { Customer: cover.client };
  if (!published) {
    findings.push(finding('warning', 'no_published_grid', null, 'No services grid is published: the grid row holds only the customer'));
    return { agreement, serviceGrid, findings };
  }
  const model = buildGridModel(parseWorkbook(published, { only: ['Services', 'Tiers'] }));
  const tier = model.tiers.get(nameKey(cover.tier));
  if (!tier) {
    findings.push(finding('error', 'unknown_tier', null, `Tier "${cover.tier}" is not in the published grid's Tiers (${[...model.tiers.values()].map((t) => t.tier).join(', ') || 'none'})`));
  } else {
    for (const col of model.tierColumns) {
      if (!tier.services.get(col.key)?.included) continue;
      const service = model.services.get(col.key);
      serviceGrid[service?.service ?? col.header] = unitsFor(service?.unit ?? 'Flat', cover);
    }
  }
  // The rows take effect when the agreement starts: an onboarding finished before its signing date is
  // judged as of that date (not flagged for an agreement that is "not active yet").
  findings.push(...newFindings(published, agreement, serviceGrid, cover.signedOn > asOf ? cover.signedOn : asOf));
  return { agreement, serviceGrid, findings };
}

/** Findings the rows add to the published grid (the grid's own standing findings are not repeated). */
function newFindings(published: readonly SheetSource[], agreement: ConfigurationRow, gridRow: ConfigurationRow, asOf: string): Finding[] {
  const customer = nameKey(agreement.Customer);
  const withRows = published.map((s) => s);
  const agreements = findSource(published, 'Agreements');
  const grid = findSource(published, 'ServiceGrid');
  const replaced = (source: SheetSource | undefined, name: string, header: string[], row: (header: readonly unknown[]) => unknown[]) => {
    const values = source?.values.length ? source.values : [header];
    const head = values[0];
    // Replace the customer's existing row (a converted client) rather than duplicating it.
    const kept = values.slice(1).filter((r) => nameKey(r[customerColumn(head)]) !== customer);
    const next: SheetSource = { ...(source ?? { name }), values: [head, ...kept, row(head)] };
    const i = source ? withRows.indexOf(source) : -1;
    if (i >= 0) withRows[i] = next;
    else withRows.push(next);
  };
  replaced(agreements, 'Agreements', Object.keys(agreement), (head) => head.map((h) => agreementValue(agreement, h)));
  replaced(grid, 'ServiceGrid', Object.keys(gridRow), (head) =>
    head.map((h, j) => (j === customerColumn(head) ? agreement.Customer : valueByName(gridRow, h) ?? '')),
  );
  const key = (f: Finding) => `${f.code}|${f.message}`;
  const before = new Set(validateGrid(parseWorkbook(published), { asOf }).map(key));
  return validateGrid(parseWorkbook(withRows), { asOf }).filter((f) => !before.has(key(f)));
}

function customerColumn(head: readonly unknown[]): number {
  const names = ['customer', 'company', 'account', 'client'];
  const i = head.findIndex((h) => names.includes(headerKey(h)));
  return i < 0 ? 0 : i;
}

function agreementValue(row: ConfigurationRow, header: unknown): unknown {
  const col = AgreementsSpec.columns.find((c) => acceptedHeaders(c).some((a) => headerKey(a) === headerKey(header)));
  return col ? row[col.header] ?? '' : '';
}

function valueByName(row: ConfigurationRow, header: unknown): string | number | undefined {
  const k = nameKey(header);
  for (const [name, v] of Object.entries(row)) if (nameKey(name) === k) return v;
  return undefined;
}
