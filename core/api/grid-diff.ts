/** The answer of GET /api/grid/diff: what changed between two published grids (server builds it, the pane reads it). */
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
  to: number;
  services: { added: string[]; removed: string[]; priceChanges: ({ service: string } & Change<number>)[] };
  customersAdded: string[];
  customersRemoved: string[];
  customers: CustomerDiff[];
  oneOffs: { added: OneOffText[]; removed: OneOffText[] };
}
