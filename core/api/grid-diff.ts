/**
 * What changed between two grids: the answer of GET /api/grid/diff (two published versions), and what
 * the pane shows for a published version against the open workbook (`to: null`).
 */
export interface Change<T> {
  from: T;
  to: T;
}

export interface CustomerDiff {
  customer: string;
  servicesAdded: { service: string; units: number | null }[];
  servicesRemoved: string[];
  unitsChanged: ({ service: string } & Change<number | null>)[];
  excludedRolesAdded: string[];
  excludedRolesRemoved: string[];
  excludedWorkTypesAdded: string[];
  excludedWorkTypesRemoved: string[];
  tier?: Change<string | null>;
  monthlyTotal?: Change<number | null>;
}

export interface OneOffText {
  customer: string;
  kind: string;
  target: string;
  value: number | null;
  start: string | null;
  end: string | null;
}

export interface GridDiff {
  from: number;
  /** The later version, or null for the open workbook (not published). */
  to: number | null;
  services: { added: string[]; removed: string[]; priceChanges: ({ service: string } & Change<number>)[] };
  customersAdded: string[];
  customersRemoved: string[];
  customers: CustomerDiff[];
  oneOffs: { added: OneOffText[]; removed: OneOffText[] };
}
