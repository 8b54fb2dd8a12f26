/**
 * The cover-page form (seed 001): a new onboarding's, or an existing one's to correct. Reads the fields
 * into the API's cover-page body; `coverPatch` keeps only what an edit changed (PATCH).
 */
import type { CoverPage, PaidBy } from '../api/types';
import { h } from './dom';

export interface CoverForm {
  el: HTMLElement;
  read(): CoverPage;
  reset(): void;
  /** Shows an existing cover page (other monthly lines as their total: the form has one amount). */
  fill(cover: CoverPage): void;
}

const PAID: [PaidBy, string][] = [
  ['check', 'Check'],
  ['card', 'Credit card'],
  ['ach', 'ACH'],
];

export function coverForm(today: string, idPrefix = 'cover', label = 'New onboarding cover page'): CoverForm {
  const fields: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  const field = (key: string, label: string, input: HTMLInputElement | HTMLSelectElement) => {
    input.id = `${idPrefix}-${key}`;
    input.name = key;
    fields[key] = input;
    return h('label', { class: input.type === 'checkbox' ? 'check' : 'field', for: input.id }, input.type === 'checkbox' ? [input, label] : [label, input]);
  };
  const num = (value: number, step = '1') => h('input', { type: 'number', min: '0', step, value: String(value) });
  const select = (options: [string, string][]) => h('select', {}, options.map(([v, l]) => h('option', { value: v }, l)));

  const el = h(
    'form',
    { class: 'cover', novalidate: true, 'aria-label': label },
    field('client', 'Client name', h('input', { type: 'text', required: true })),
    h(
      'div',
      { class: 'grid2' },
      field('signedOn', 'Signed on', h('input', { type: 'date', value: today })),
      field('tier', 'Tier', select([['Silver', 'Silver'], ['Gold', 'Gold'], ['Platinum', 'Platinum']])),
      field('servers', 'Servers', num(0)),
      field('serverPrice', 'Cost per server', num(0, '0.01')),
      field('workstations', 'Workstations', num(0)),
      field('workstationPrice', 'Cost per workstation', num(0, '0.01')),
      field('users', 'Users', num(0)),
      field('otherMonthly', 'Other monthly lines', num(0, '0.01')),
      field('setupFee', 'Setup fee', num(0, '0.01')),
      field('setupPaidBy', 'Setup paid by', select(PAID)),
      field('monthlyPaidBy', 'Monthly paid by', select(PAID)),
      field('contactName', 'Billing contact', h('input', { type: 'text' })),
      field('contactEmail', 'Billing email', h('input', { type: 'email' })),
      field('contactAddress', 'Billing address', h('input', { type: 'text' })),
    ),
    h('div', { class: 'row' }, field('converting', 'Converting existing client', h('input', { type: 'checkbox' })), field('spam', 'Hosted spam filter sold', h('input', { type: 'checkbox' }))),
  );

  const n = (key: string) => {
    const v = Number(fields[key].value);
    return Number.isFinite(v) && v >= 0 ? v : NaN;
  };
  return {
    el,
    read() {
      const client = fields.client.value.trim();
      if (!client) throw new Error('Client name is required');
      for (const k of ['servers', 'serverPrice', 'workstations', 'workstationPrice', 'users', 'otherMonthly', 'setupFee']) {
        if (Number.isNaN(n(k))) throw new Error(`${document.querySelector(`label[for="${idPrefix}-${k}"]`)?.textContent ?? k} must be a number ≥ 0`);
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.signedOn.value)) throw new Error('Signed on must be a date');
      const other = n('otherMonthly');
      return {
        client,
        signedOn: fields.signedOn.value,
        tier: fields.tier.value,
        servers: { count: n('servers'), unitPrice: n('serverPrice') },
        workstations: { count: n('workstations'), unitPrice: n('workstationPrice') },
        users: n('users'),
        otherMonthly: other > 0 ? [{ label: 'Other monthly', amount: other }] : [],
        setupFee: n('setupFee'),
        setupPaidBy: fields.setupPaidBy.value as PaidBy,
        monthlyPaidBy: fields.monthlyPaidBy.value as PaidBy,
        billingContact: { name: fields.contactName.value.trim(), email: fields.contactEmail.value.trim(), address: fields.contactAddress.value.trim() },
        convertingExistingClient: (fields.converting as HTMLInputElement).checked,
        hostedSpamFilter: (fields.spam as HTMLInputElement).checked,
      };
    },
    reset() {
      (el as HTMLFormElement).reset();
      fields.signedOn.value = today;
    },
    fill(c) {
      const values: Record<string, unknown> = {
        client: c.client, signedOn: c.signedOn, tier: c.tier,
        servers: c.servers.count, serverPrice: c.servers.unitPrice, workstations: c.workstations.count, workstationPrice: c.workstations.unitPrice,
        users: c.users, otherMonthly: otherTotal(c), setupFee: c.setupFee, setupPaidBy: c.setupPaidBy, monthlyPaidBy: c.monthlyPaidBy,
        contactName: c.billingContact.name, contactEmail: c.billingContact.email, contactAddress: c.billingContact.address,
      };
      for (const [key, v] of Object.entries(values)) fields[key].value = String(v ?? '');
      (fields.converting as HTMLInputElement).checked = c.convertingExistingClient;
      (fields.spam as HTMLInputElement).checked = c.hostedSpamFilter;
    },
  };
}

const otherTotal = (c: CoverPage) => Math.round((c.otherMonthly ?? []).reduce((sum, l) => sum + l.amount, 0) * 100) / 100;

/**
 * The fields an edit changed, as a PATCH body. Other monthly lines go only when their total changed
 * (the form holds one amount), so an edit elsewhere keeps the sale's itemised lines.
 */
export function coverPatch(before: CoverPage, after: CoverPage): Partial<CoverPage> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof CoverPage)[]) {
    if (key === 'otherMonthly') {
      if (otherTotal(before) !== otherTotal(after)) patch.otherMonthly = after.otherMonthly;
    } else if (!sameValue(before[key], after[key])) patch[key] = after[key];
  }
  return patch as Partial<CoverPage>;
}

/** Equal as JSON values, whatever the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
