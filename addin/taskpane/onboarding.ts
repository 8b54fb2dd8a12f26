/**
 * Onboarding tab: my department's queue of ready steps, open onboardings, one onboarding's checklist
 * (tick steps; who and when), hand-offs to acknowledge, a new onboarding from the cover-page form, and
 * live updates from the server's event stream.
 */
import type { ApiClient } from '../api/client';
import type { Me, Onboarding, OnboardingStep, QueueItem } from '../api/types';
import { errorText, runJob, type PaneContext, type TabDef } from './context';
import { h, replace } from './dom';
import { percent } from './format';
import { onboardingDetail } from './onboarding-detail';
import { coverForm, coverPatch } from './onboarding-form';

const ALL_DEPARTMENTS = ['Sales', 'Finance', 'Service', 'NOC', 'Account Manager'];

export const onboardingTab: TabDef = {
  id: 'onboarding',
  label: 'Onboarding',
  render(ctx) {
    return onboardingPanel(ctx);
  },
};

function onboardingPanel(ctx: PaneContext): HTMLElement {
  let api: ApiClient | null = null;
  let me: Me | null = null;
  let current: Onboarding | null = null;
  let events: EventSource | null = null;

  const who = h('p', { class: 'hint', 'data-testid': 'onboarding-who' });
  const department = h('select', { id: 'onboarding-department', disabled: true }, h('option', { value: '' }, 'Connect first'));
  const queueBox = h('div', { 'data-testid': 'onboarding-queue' });
  const listBox = h('div', { 'data-testid': 'onboarding-list' });
  const detail = h('div', { 'data-testid': 'onboarding-detail' });
  const live = h('span', { class: 'pill', 'data-testid': 'live-state' }, 'offline');
  const connect = h('button', { class: 'btn btn-primary', type: 'button' }, 'Connect');
  const form = coverForm(ctx.today);
  // Correcting an existing onboarding's cover page: a second form, shown above its checklist.
  const editForm = coverForm(ctx.today, 'edit-cover', 'Edit the cover page');
  const saveCover = h('button', { class: 'btn btn-primary', type: 'submit' }, 'Save cover page');
  const cancelEdit = h('button', { class: 'btn', type: 'button' }, 'Cancel');
  editForm.el.append(h('div', { class: 'row' }, saveCover, cancelEdit));
  let editing = false;
  const create = h('button', { class: 'btn btn-primary', type: 'submit' }, 'Create onboarding');
  form.el.append(h('div', { class: 'row' }, create));
  let idempotencyKey = newKey();

  async function refreshLists(): Promise<void> {
    if (!api) return;
    const [queue, open] = await Promise.all([api.queue(department.value), api.listOnboardings('open')]);
    renderQueue(queue);
    replace(
      listBox,
      open.length === 0
        ? h('p', { class: 'empty' }, 'No open onboardings.')
        : open.map((o) =>
            h(
              'div',
              { class: 'list-item' },
              h('button', { class: 'btn', type: 'button', onclick: () => openOnboarding(o.id) }, o.client),
              h('span', { class: 'pill' }, `${percent(o.progress?.overall)} done`),
            ),
          ),
    );
  }

  function renderQueue(items: QueueItem[]): void {
    replace(
      queueBox,
      items.length === 0
        ? h('p', { class: 'empty' }, `Nothing ready for ${department.value}.`)
        : items.map((q) =>
            h(
              'div',
              { class: 'list-item', 'data-testid': `queue-${q.onboardingId}-${q.key}` },
              h('span', {}, h('strong', {}, q.client), ' — ', q.title, q.dueOn ? h('small', { class: 'hint' }, ` · due ${q.dueOn}`) : null),
              h('button', { class: 'btn', type: 'button', 'aria-label': `Open ${q.client}: ${q.title}`, onclick: () => openOnboarding(q.onboardingId) }, 'Open'),
            ),
          ),
    );
  }

  async function openOnboarding(id: number | string): Promise<void> {
    if (!api) return;
    await runJob(ctx, null, 'Loading onboarding…', async () => {
      current = await api!.getOnboarding(id);
      editing = false;
      renderDetail();
    });
  }

  function renderDetail(): void {
    const o = current;
    if (!o) return replace(detail);
    const focused = detail.contains(document.activeElement) ? document.activeElement?.id : undefined;
    replace(detail, ...(editing ? [h('h3', {}, 'Cover page'), editForm.el] : []), onboardingDetail(o, me, { tick, acknowledge, editCover }));
    // Keyboard users keep their place when the checklist is redrawn.
    if (focused) (document.getElementById(focused) as HTMLElement | null)?.focus();
  }

  async function tick(s: OnboardingStep, box: HTMLInputElement): Promise<void> {
    if (!api || !current) return;
    const o = current;
    await runJob(ctx, box, box.checked ? `Completing "${s.title}"…` : `Reopening "${s.title}"…`, async () => {
      try {
        current = await api!.setStep(o.id, s.key, box.checked);
      } catch (e) {
        // Show the server's current state (e.g. after a 412 someone else changed it).
        current = await api!.getOnboarding(o.id).catch(() => o);
        renderDetail();
        throw e;
      }
      renderDetail();
      void refreshLists().catch(() => undefined);
      return box.checked ? `"${s.title}" done.` : `"${s.title}" reopened.`;
    });
  }

  function editCover(): void {
    if (!current) return;
    editForm.fill(current.cover);
    editing = true;
    renderDetail();
    document.getElementById('edit-cover-client')?.focus();
  }

  cancelEdit.addEventListener('click', () => {
    editing = false;
    renderDetail();
  });
  editForm.el.addEventListener('submit', (e) => {
    e.preventDefault();
    void runJob(ctx, saveCover, 'Saving the cover page…', async () => {
      if (!api || !current) throw new Error('Connect to the server first');
      const o = current;
      const patch = coverPatch(o.cover, editForm.read());
      if (Object.keys(patch).length === 0) {
        editing = false;
        renderDetail();
        return 'Nothing changed on the cover page.';
      }
      // On a refusal the form stays open with what was typed (after a 412 the next save uses the new ETag).
      current = await api.patchCover(o.id, patch);
      editing = false;
      renderDetail();
      void refreshLists().catch(() => undefined);
      return `Cover page of ${current.client} saved; the checklist follows it.`;
    });
  });

  async function acknowledge(to: string, button: HTMLButtonElement): Promise<void> {
    if (!api || !current) return;
    const o = current;
    await runJob(ctx, button, `Acknowledging the hand-off to ${to}…`, async () => {
      current = await api!.acknowledge(o.id, to);
      renderDetail();
      return `Hand-off to ${to} acknowledged.`;
    });
  }

  function listen(): void {
    events?.close();
    if (!api || typeof EventSource === 'undefined') return;
    const es = new EventSource(api.eventsUrl());
    events = es;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let burst: unknown[] = [];
    const onEvent = (e: MessageEvent) => {
      // Coalesce bursts: one refresh per 150 ms however many steps changed.
      burst.push(e.data);
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        const events = burst;
        burst = [];
        const mine = current ? events.map(parseEvent).filter((x) => x?.id === current?.id) : [];
        void refreshAfterEvent(mine.length ? JSON.stringify(mine.reduce((a, b) => (b!.version > a!.version ? b : a))) : events.at(-1));
      }, 150);
    };
    es.onmessage = onEvent;
    es.addEventListener('onboarding', onEvent as EventListener);
    es.onopen = () => {
      live.textContent = 'live';
      live.className = 'pill pill-done';
    };
    es.onerror = () => {
      live.textContent = es.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting';
      live.className = 'pill pill-waiting';
    };
  }

  async function refreshAfterEvent(data: unknown): Promise<void> {
    if (!api) return;
    const e = parseEvent(data);
    try {
      // Re-read the open onboarding only when the event says it changed beyond what is shown
      // (our own writes already rendered the server's answer; re-rendering would steal focus).
      if (current && (!e || (e.id === current.id && e.version > current.version))) {
        const id = current.id;
        const fresh = await api.getOnboarding(id);
        if (current && current.id === id && fresh.version > current.version) {
          current = fresh;
          renderDetail();
        }
      }
      await refreshLists();
    } catch (err) {
      ctx.status.show(`Live update failed: ${errorText(err)}`, 'error');
    }
  }

  connect.addEventListener('click', () =>
    runJob(ctx, connect, 'Connecting to the server…', async () => {
      const s = ctx.settings.load();
      if (!s.token) throw new Error('No token yet: set the server URL and your token in Settings');
      api = ctx.api();
      me = await api.me();
      // Members see their departments; managers all of them, their own first.
      const mine = me.role === 'member' ? me.departments : [...new Set([...me.departments, ...ALL_DEPARTMENTS])];
      replace(department, (mine.length ? mine : ALL_DEPARTMENTS).map((d) => h('option', { value: d }, d)));
      department.disabled = false;
      who.textContent = `${me.name} · ${me.role} · ${me.departments.join(', ') || 'no department'}`;
      await refreshLists();
      listen();
      connect.textContent = 'Refresh';
      return `Connected as ${me.name}.`;
    }),
  );
  department.addEventListener('change', () => void runJob(ctx, null, 'Loading the queue…', refreshLists));
  form.el.addEventListener('submit', (e) => {
    e.preventDefault();
    void runJob(ctx, create, 'Creating the onboarding…', async () => {
      if (!api) throw new Error('Connect to the server first');
      const cover = form.read();
      // One key per filled-in form: a retried click after a timeout cannot create a second onboarding.
      current = await api.createOnboarding(cover, idempotencyKey);
      idempotencyKey = newKey();
      form.reset();
      renderDetail();
      await refreshLists();
      return `Onboarding for ${current.client} created.`;
    });
  });
  form.el.addEventListener('input', () => {
    idempotencyKey = newKey();
  });

  return h(
    'div',
    {},
    h('h2', {}, 'Onboarding ', live),
    h('p', { class: 'hint' }, 'New clients’ checklists, routed from department to department.'),
    h('div', { class: 'row' }, connect, h('label', { class: 'field', for: 'onboarding-department' }, 'Department', department)),
    who,
    h('h3', {}, 'My queue'),
    queueBox,
    h('h3', {}, 'Open onboardings'),
    listBox,
    detail,
    h('details', {}, h('summary', {}, h('strong', {}, 'New onboarding (cover page)')), form.el),
  );
}

/** The server's event: `{ type, id, version, action }` (server/events); null when it is something else. */
function parseEvent(data: unknown): { id: number; version: number } | null {
  try {
    const e = JSON.parse(String(data)) as { id?: unknown; version?: unknown };
    return typeof e.id === 'number' && typeof e.version === 'number' ? { id: e.id, version: e.version } : null;
  } catch {
    return null;
  }
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
