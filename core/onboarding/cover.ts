/** The cover page of a new managed-services client (seed 001) and the money it implies (DESIGN §4.6). */
export const PAYMENT_METHODS = ['check', 'card', 'ach'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface CoverPage {
  client: string;
  signedOn: string; // YYYY-MM-DD
  tier: string;
  servers: { count: number; unitPrice: number };
  workstations: { count: number; unitPrice: number };
  users: number;
  otherMonthly: { label: string; amount: number }[];
  setupFee: number;
  setupPaidBy: PaymentMethod;
  monthlyPaidBy: PaymentMethod;
  billingContact: { name: string; email: string; address: string };
  convertingExistingClient: boolean;
  hostedSpamFilter: boolean;
}

export interface CoverMoney {
  monthlyTotal: number;
  firstInvoice: number;
  dueAtSigning: number;
}

/** Money in integer cents so sums of prices do not pick up binary fractions. */
const cents = (amount: number) => Math.round(amount * 100);

export function computeMoney(cover: CoverPage): CoverMoney {
  const monthly =
    cover.servers.count * cents(cover.servers.unitPrice) +
    cover.workstations.count * cents(cover.workstations.unitPrice) +
    cover.otherMonthly.reduce((sum, line) => sum + cents(line.amount), 0);
  const setup = cents(cover.setupFee);
  const first = setup + monthly;
  // Seed 001: a client paying the monthly by check hands over 3 months + setup at signing.
  const due = cover.monthlyPaidBy === 'check' ? setup + 3 * monthly : first;
  return { monthlyTotal: monthly / 100, firstInvoice: first / 100, dueAtSigning: due / 100 };
}
