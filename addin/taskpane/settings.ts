/** Settings tab: the server URL (default: the page's origin) and this user's token, with a connection test. */
import { normaliseUrl } from '../api/settings';
import { runNewWorkbook } from '../engine/new-workbook';
import { runJob, type PaneContext, type TabDef } from './context';
import { h } from './dom';

export const settingsTab: TabDef = {
  id: 'settings',
  label: 'Settings',
  render(ctx: PaneContext) {
    const saved = ctx.settings.load();
    const url = h('input', { id: 'settings-url', type: 'url', value: saved.url, autocomplete: 'url', spellcheck: false });
    const token = h('input', { id: 'settings-token', type: 'password', value: saved.token, autocomplete: 'off', spellcheck: false });
    const who = h('p', { class: 'hint', 'data-testid': 'settings-who' });
    const save = h('button', { class: 'btn btn-primary', type: 'button' }, 'Save');
    const test = h('button', { class: 'btn', type: 'button' }, 'Test connection');

    function store(): void {
      ctx.settings.save({ url: normaliseUrl(url.value), token: token.value });
      url.value = ctx.settings.load().url;
    }
    save.addEventListener('click', () => {
      store();
      ctx.status.show('Settings saved.', 'success');
    });
    test.addEventListener('click', () =>
      runJob(ctx, test, 'Connecting…', async () => {
        store();
        const me = await ctx.api().me();
        who.textContent = `Signed in as ${me.name} (${me.role}; ${me.departments.join(', ') || 'no department'}).`;
        return `Connected to ${ctx.api().baseUrl}.`;
      }),
    );

    const blank = h('button', { class: 'btn', type: 'button' }, 'Create empty tables');
    const demo = h('button', { class: 'btn', type: 'button' }, 'Create tables with demo data');
    for (const [button, withDemo] of [
      [blank, false],
      [demo, true],
    ] as const) {
      button.addEventListener('click', () =>
        runJob(ctx, button, 'Creating the MSP Sync tables…', async () => {
          const names = await runNewWorkbook(ctx.port, { demo: withDemo });
          return `Created ${names.length} tables${withDemo ? ' with the demo MSP' : ''}: ${names.join(', ')}.`;
        }),
      );
    }

    return h(
      'div',
      {},
      h('h2', {}, 'Settings'),
      h('p', { class: 'hint' }, 'The MSP Sync server holds onboardings and the published services grid. Ask your admin for a token (msp-sync user add).'),
      h('label', { class: 'field', for: 'settings-url' }, 'Server URL', url),
      h('div', { style: 'height:8px' }),
      h('label', { class: 'field', for: 'settings-token' }, 'Token', token),
      h('p', { class: 'hint' }, `Kept in ${ctx.settings.where}.`),
      h('div', { class: 'row' }, save, test),
      who,
      h('h3', {}, 'New MSP Sync workbook'),
      h('p', { class: 'hint' }, 'Adds every MSP Sync table (Services, ServiceGrid, Agreements, TimeEntries…) with its headers and drop-downs to this workbook.'),
      h('div', { class: 'row' }, blank, demo),
    );
  },
};
