/**
 * The demo database of `serve --demo`: the demo workbook's grid tables published as version 1, one user
 * per department plus an admin and a manager (fresh tokens each start, returned for printing), and a few
 * onboardings in progress at different points of the routing slip.
 */
import { coverPage, CoverPageSchema, type CoverPageInput } from '../../core/api/onboarding';
import { GRID_TABLE_NAMES } from '../../core/api/grid';
import { demoWorkbook } from '../../core/demo';
import { headerKey } from '../../core/names';
import type { Actor, Role } from '../../core/onboarding/record';
import type { Versioned } from '../onboarding/onboarding-service';
import type { Services } from '../services';

export const DEMO_USERS: { name: string; role: Role; departments: string[] }[] = [
  { name: 'Avery Admin', role: 'admin', departments: [] },
  { name: 'Morgan Manager', role: 'manager', departments: [] },
  { name: 'Sam Sales', role: 'member', departments: ['Sales'] },
  { name: 'Fran Finance', role: 'member', departments: ['Finance'] },
  { name: 'Sid Service', role: 'member', departments: ['Service'] },
  { name: 'Nia NOC', role: 'member', departments: ['NOC'] },
  { name: 'Alex Account', role: 'member', departments: ['Account Manager'] },
];

const COVERS: { cover: CoverPageInput; done: string[] }[] = [
  {
    cover: {
      client: 'Lakeside Veterinary', signedOn: '2026-11-16', tier: 'Gold',
      servers: { count: 1, unitPrice: 195 }, workstations: { count: 14, unitPrice: 61 }, users: 16,
      otherMonthly: [], setupFee: 1200, setupPaidBy: 'card', monthlyPaidBy: 'ach',
      billingContact: { name: 'Priya Shah', email: 'billing@lakesidevet.example', address: '40 Shore Dr, Burlington VT' },
      convertingExistingClient: false, hostedSpamFilter: true,
    },
    done: ['verify-billing-names', 'file-paperwork'],
  },
  {
    cover: {
      client: 'Northgate Architects', signedOn: '2026-11-09', tier: 'Platinum',
      servers: { count: 2, unitPrice: 195 }, workstations: { count: 25, unitPrice: 70 }, users: 28,
      otherMonthly: [{ label: 'Network administration visit', amount: 350 }], setupFee: 2500, setupPaidBy: 'check', monthlyPaidBy: 'check',
      billingContact: { name: 'Tom Reyes', email: 'ap@northgate.example', address: '12 Mill St, Albany NY' },
      convertingExistingClient: true, hostedSpamFilter: false,
    },
    done: ['verify-billing-names', 'file-paperwork', 'create-invoices', 'calculate-first-fees', 'collect-check', 'deposit-check', 'apply-payments', 'create-credits'],
  },
  {
    cover: {
      client: 'Fern Street Bakery', signedOn: '2026-11-20', tier: 'Silver',
      servers: { count: 0, unitPrice: 0 }, workstations: { count: 5, unitPrice: 57 }, users: 6,
      otherMonthly: [], setupFee: 400, setupPaidBy: 'card', monthlyPaidBy: 'card',
      billingContact: { name: 'Lena Ortiz', email: 'lena@fernstreet.example', address: '8 Fern St, Troy NY' },
      convertingExistingClient: false, hostedSpamFilter: false,
    },
    done: [],
  },
];

export interface DemoSeed {
  users: { name: string; role: Role; departments: string[]; token: string }[];
  gridVersion: number;
  onboardings: number[];
}

export async function seedDemo(services: Services): Promise<DemoSeed> {
  const users = DEMO_USERS.map((u) => ({ ...u, token: services.users.create('demo', u).token }));
  const wanted = new Set(GRID_TABLE_NAMES.map(headerKey));
  const tables = Object.fromEntries(demoWorkbook().filter((s) => wanted.has(headerKey(s.name))).map((s) => [s.name, s.values.map((r) => [...r])]));
  const { version } = services.grid.publish('Morgan Manager', tables);
  const actor = (name: string): Actor => {
    const u = services.users.byName(name)!;
    return { id: u.id, name: u.name, role: u.role, departments: u.departments };
  };
  const manager = actor('Morgan Manager');
  const ids: number[] = [];
  for (const { cover, done } of COVERS) {
    let r: Versioned = await services.onboardings.create(actor('Sam Sales'), coverPage(CoverPageSchema.parse(cover)), `demo-${cover.client}`);
    for (const key of done) r = await services.onboardings.setStep(manager, r.id, key, true, r.etag, 'demo');
    ids.push(r.id);
  }
  return { users, gridVersion: version, onboardings: ids };
}
