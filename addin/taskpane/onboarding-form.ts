/** The cover-page form of a new onboarding (seed 001): reads the fields into the API's cover-page body. */
import type { CoverPage, PaidBy } from '../api/types';
import { h } from './dom';

export interface CoverForm {
  el: HTMLElement;
  read(): CoverPage;
  reset(): void;
}

const PAID: [PaidBy, string][] = [
  ['check', 'Check'],
  ['card', 'Credit card'],
  ['ach', 'ACH'],
];

export function coverForm(today: string): CoverForm {
  const fields: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  const field = (key: string, label: string, input: HTMLInputElement | HTMLSelectElement) => {
    input.id = `cover-${key}`;
    input.name = key;
    fields[key] = input;
    return h('label', { class: input.type === 'checkbox' ? 'check' : 'field', for: input.id }, input.type === 'checkbox' ? [input, label] : [label, input]);
  };
  const num = (value: number, step = '1') => h('input', { type: 'number', min: '0', step, value: String(value) });
  const select = (options: [string, string][]) => h('select', {}, options.map(([v, l]) => h('option', { value: v }, l)));

  const el = h(
    'form',
    { class: 'cover', novalidate: true, 'aria-label': 'New onboarding cover page' },
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
        if (Number.isNaN(n(k))) throw new Error(`${document.querySelector(`label[for="cover-${k}"]`)?.textContent ?? k} must be a number ≥ 0`);
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
  };
}
