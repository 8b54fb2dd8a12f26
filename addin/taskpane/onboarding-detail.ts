/**
 * One onboarding as the pane shows it: cover-page money, progress by department, hand-offs (acknowledge
 * where it is yours), and the checklist by phase — each step's state, who completed it and when, or why
 * it waits or does not apply. Pure rendering: the tab passes what happens on a tick or an acknowledge.
 */
import type { Me, Onboarding, OnboardingStep } from '../api/types';
import { h } from './dom';
import { money, percent, when } from './format';
import { card } from './widgets';

export interface DetailActions {
  tick(step: OnboardingStep, box: HTMLInputElement): void;
  acknowledge(department: string, button: HTMLButtonElement): void;
  /** Opens the cover-page form (offered to Sales, Account Management and managers). */
  editCover?(): void;
}

const sameDept = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Managers and admins act for every department; members for theirs (the server enforces the same). */
export function mayActFor(me: Me | null, department: string): boolean {
  if (!me) return false;
  return me.role !== 'member' || me.departments.some((d) => sameDept(d, department));
}

/** Who may correct a cover page (the server enforces the same). */
export function mayEditCover(me: Me | null): boolean {
  if (!me) return false;
  return me.role !== 'member' || me.departments.some((d) => sameDept(d, 'Sales') || sameDept(d, 'Account Manager'));
}

export function canTick(me: Me | null, step: OnboardingStep): boolean {
  return step.state !== 'waiting' && step.state !== 'not_applicable' && mayActFor(me, step.department);
}

export function stepMeta(s: OnboardingStep): string {
  switch (s.state) {
    case 'done':
      return [`Done by ${s.completedBy ?? '?'}`, when(s.completedAt), s.note ?? ''].filter(Boolean).join(' · ');
    case 'not_applicable':
      // The server's reason already reads "Not applicable: …"; older or hand-made ones may not.
      return /^not applicable/i.test(s.reason) ? s.reason : `Not applicable: ${s.reason}`;
    case 'waiting':
      return `Waiting for ${s.dependsOn.join(', ')}${s.dueOn ? ` · due ${s.dueOn}` : ''}`;
    default:
      return s.dueOn ? `Due ${s.dueOn}` : '';
  }
}

export function onboardingDetail(o: Onboarding, me: Me | null, actions: DetailActions): HTMLElement {
  const phases = new Map<string, OnboardingStep[]>();
  for (const s of o.steps) phases.set(s.phase, [...(phases.get(s.phase) ?? []), s]);
  return h(
    'div',
    {},
    h('h3', {}, o.client, ' ', h('span', { class: `pill pill-${o.status === 'complete' ? 'done' : 'ready'}` }, o.status)),
    h(
      'div',
      { class: 'cards' },
      card('Progress', percent(o.progress.overall), 'onboarding-progress'),
      card('Monthly', money(o.computed.monthlyTotal)),
      card('First invoice', money(o.computed.firstInvoice)),
      card('Due at signing', money(o.computed.dueAtSigning)),
    ),
    actions.editCover && mayEditCover(me) && o.status !== 'complete'
      ? h('div', { class: 'row' }, h('button', { class: 'btn', type: 'button', onclick: () => actions.editCover!() }, 'Edit cover page'))
      : null,
    h(
      'p',
      { class: 'hint' },
      Object.entries(o.progress.byDepartment)
        .map(([d, p]) => `${d} ${percent(p)}`)
        .join(' · '),
    ),
    o.handoffs.length ? h('h3', {}, 'Hand-offs') : null,
    o.handoffs.map((ho) =>
      h(
        'div',
        { class: 'list-item', 'data-testid': `handoff-${ho.to}` },
        h('span', {}, `${ho.from} → ${ho.to}`, h('br'), h('small', { class: 'hint' }, when(ho.at))),
        ho.acknowledgedAt
          ? h('span', { class: 'pill pill-done' }, `Acknowledged by ${ho.acknowledgedBy ?? '?'} ${when(ho.acknowledgedAt)}`)
          : mayActFor(me, ho.to)
            ? h(
                'button',
                {
                  class: 'btn btn-primary',
                  type: 'button',
                  'aria-label': `Acknowledge the hand-off to ${ho.to}`,
                  onclick: (e: Event) => actions.acknowledge(ho.to, e.currentTarget as HTMLButtonElement),
                },
                'Acknowledge',
              )
            : h('span', { class: 'pill pill-waiting' }, 'Awaiting acknowledgement'),
      ),
    ),
    [...phases].flatMap(([phase, steps]) => [h('h3', {}, `Phase: ${phase}`), ...steps.map((s) => stepRow(o, s, me, actions))]),
  );
}

function stepRow(o: Onboarding, s: OnboardingStep, me: Me | null, actions: DetailActions): HTMLElement {
  const id = `step-${o.id}-${s.key}`;
  const box = h('input', { type: 'checkbox', id, 'data-step': s.key });
  box.checked = s.state === 'done';
  box.disabled = !canTick(me, s);
  box.addEventListener('change', () => actions.tick(s, box));
  return h(
    'div',
    { class: 'step', 'data-testid': `step-${s.key}`, 'data-state': s.state },
    box,
    h('label', { for: id }, s.title, s.required ? '' : ' (optional)'),
    h('span', { class: `pill pill-${s.state}` }, s.department),
    h('div', { class: 'meta', 'data-testid': `step-meta-${s.key}` }, stepMeta(s)),
  );
}
