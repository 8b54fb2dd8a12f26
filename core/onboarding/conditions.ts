/**
 * When a template step applies, as a small JSON rule on cover-page fields (stored with the template, so
 * it must stay plain data). Evaluation gives the reason a step is not applicable, in words.
 */
import type { CoverPage, PaymentMethod } from './cover';
import { nameKey } from '../names';

export type Condition =
  | { type: 'paidBy'; which: 'setup' | 'monthly' | 'either'; in: PaymentMethod[] }
  | { type: 'count'; field: 'servers' | 'workstations' | 'users'; atLeast: number }
  | { type: 'flag'; field: 'convertingExistingClient' | 'hostedSpamFilter'; is: boolean }
  | { type: 'tierAtLeast'; tier: string; order: string[] }
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] };

export interface ConditionResult {
  applies: boolean;
  /** Why the step does not apply (empty when it does). */
  reason: string;
}

const METHOD_LABEL: Record<PaymentMethod, string> = { check: 'check', card: 'credit card', ach: 'ACH' };
const FLAG_LABEL = { convertingExistingClient: 'converting an existing client', hostedSpamFilter: 'a hosted spam filter was sold' };

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function describeCondition(c: Condition): string {
  switch (c.type) {
    case 'paidBy': {
      const what = c.which === 'either' ? 'setup or monthly' : c.which;
      return `only when the ${what} is paid by ${orList(c.in.map((m) => METHOD_LABEL[m]))}`;
    }
    case 'count':
      return c.atLeast <= 1 ? `only when there are ${c.field}` : `only with at least ${c.atLeast} ${c.field}`;
    case 'flag':
      return c.is ? `only when ${FLAG_LABEL[c.field]}` : `not when ${FLAG_LABEL[c.field]}`;
    case 'tierAtLeast':
      return `only for tier ${c.tier} or above`;
    case 'all':
      return c.of.map(describeCondition).join(' and ');
    case 'any':
      return c.of.map(describeCondition).join(', or ');
  }
}

function holds(c: Condition, cover: CoverPage): boolean {
  switch (c.type) {
    case 'paidBy': {
      const methods =
        c.which === 'setup' ? [cover.setupPaidBy] : c.which === 'monthly' ? [cover.monthlyPaidBy] : [cover.setupPaidBy, cover.monthlyPaidBy];
      return methods.some((m) => c.in.includes(m));
    }
    case 'count': {
      const n = c.field === 'users' ? cover.users : cover[c.field].count;
      return n >= c.atLeast;
    }
    case 'flag':
      return cover[c.field] === c.is;
    case 'tierAtLeast': {
      const order = c.order.map(nameKey);
      const have = order.indexOf(nameKey(cover.tier));
      const need = order.indexOf(nameKey(c.tier));
      return have >= 0 && need >= 0 && have >= need;
    }
    case 'all':
      return c.of.every((x) => holds(x, cover));
    case 'any':
      return c.of.some((x) => holds(x, cover));
  }
}

export function evaluateCondition(c: Condition | null | undefined, cover: CoverPage): ConditionResult {
  if (!c) return { applies: true, reason: '' };
  return holds(c, cover) ? { applies: true, reason: '' } : { applies: false, reason: `Not applicable: ${describeCondition(c)}` };
}
