/**
 * The read-only /grid page for intake and techs: search a customer, see covered services, exclusions and
 * why. Plain HTML + one small script (served from /grid/app.js so the CSP can forbid inline scripts).
 * The page holds no data itself: it asks for an API token once, keeps it in sessionStorage (gone when
 * the tab closes) and calls GET /api/grid/customers with it.
 */
export const GRID_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MSP Sync — services grid</title>
<style>
  body { font-family: "Segoe UI", system-ui, -apple-system, sans-serif; margin: 0; background: #faf9f8; color: #323130; }
  header { background: #0f6cbd; color: #fff; padding: 12px 24px; display: flex; gap: 16px; align-items: center; }
  header h1 { font-size: 18px; font-weight: 600; margin: 0; flex: 1; }
  main { padding: 16px 24px; max-width: 1100px; }
  input, button { font: inherit; padding: 6px 10px; border: 1px solid #8a8886; border-radius: 4px; }
  button { background: #0f6cbd; color: #fff; border-color: #0f6cbd; cursor: pointer; }
  .card { background: #fff; border-radius: 8px; box-shadow: 0 1px 2px rgba(0,0,0,.14); padding: 12px 16px; margin: 12px 0; }
  .card h2 { font-size: 16px; margin: 0 0 4px; }
  .muted { color: #605e5c; font-size: 13px; }
  table { border-collapse: collapse; width: 100%; margin-top: 6px; }
  td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #edebe9; font-size: 14px; vertical-align: top; }
  .ok { color: #107c10; } .no { color: #a4262c; }
  #status { margin: 8px 0; }
</style>
</head>
<body>
<header><h1>MSP Sync — who has what</h1><span id="version" class="muted"></span></header>
<main>
  <form id="login" hidden>
    <p>Paste your MSP Sync API token (it stays in this tab only).</p>
    <input id="token" type="password" size="50" autocomplete="off" aria-label="API token"> <button>Use token</button>
  </form>
  <form id="search" hidden>
    <input id="q" type="search" placeholder="Search a customer…" size="40" aria-label="Customer">
    <input id="date" type="date" aria-label="Date"> <button>Search</button>
    <button id="logout" type="button">Forget token</button>
  </form>
  <div id="status" class="muted"></div>
  <div id="results"></div>
</main>
<script src="/grid/app.js"></script>
</body>
</html>`;

export const GRID_PAGE_JS = `(() => {
  const $ = (id) => document.getElementById(id);
  const KEY = 'msp-sync-token';
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  function show() {
    const has = !!sessionStorage.getItem(KEY);
    $('login').hidden = has;
    $('search').hidden = !has;
    if (has) search();
  }
  async function search() {
    const params = new URLSearchParams({ q: $('q').value });
    if ($('date').value) params.set('date', $('date').value);
    $('status').textContent = 'Loading…';
    const res = await fetch('/api/grid/customers?' + params, { headers: { Authorization: 'Bearer ' + sessionStorage.getItem(KEY) } });
    const body = await res.json().catch(() => ({}));
    if (res.status === 401) { sessionStorage.removeItem(KEY); $('status').textContent = 'That token was not accepted.'; return show(); }
    if (!res.ok) { $('status').textContent = body.detail || ('Error ' + res.status); $('results').innerHTML = ''; return; }
    $('version').textContent = 'Published grid v' + body.version + ' · ' + body.publishedAt.slice(0, 10);
    $('status').textContent = body.customers.length + ' customer(s) on ' + body.date;
    $('results').innerHTML = body.customers.map(render).join('');
  }
  const rows = (items) => items.map((i) => '<tr><td>' + esc(i.name) + '</td><td>' + esc(i.why) + '</td><td class="muted">' + esc(i.cell) + '</td></tr>').join('');
  function render(c) {
    const a = c.agreement;
    const head = a ? esc(a.type) + (a.tier ? ' · ' + esc(a.tier) : '') + ' · since ' + esc(a.start) + (a.end ? ' until ' + esc(a.end) : '') : '<span class="no">No active agreement</span>';
    const services = c.services.length
      ? '<table><tr><th>Covered service</th><th>Units</th><th>Why</th></tr>' + c.services.map((s) => '<tr><td class="ok">✓ ' + esc(s.service) + '</td><td>' + (s.units ?? '') + ' ' + esc(s.unit) + '</td><td>' + esc(s.why) + ' <span class="muted">' + esc(s.cell) + '</span></td></tr>').join('') + '</table>'
      : '<p class="no">No services</p>';
    const excluded = c.excluded.length ? '<table><tr><th>Not covered (billable)</th><th>Why</th><th></th></tr>' + rows(c.excluded) + '</table>' : '';
    const covered = c.covered.length ? '<table><tr><th>Also covered</th><th>Why</th><th></th></tr>' + rows(c.covered) + '</table>' : '';
    return '<section class="card"><h2>' + esc(c.customer) + '</h2><div class="muted">' + head + '</div>' + services + excluded + covered + '</section>';
  }
  $('login').addEventListener('submit', (e) => { e.preventDefault(); sessionStorage.setItem(KEY, $('token').value.trim()); $('token').value = ''; show(); });
  $('search').addEventListener('submit', (e) => { e.preventDefault(); search(); });
  $('logout').addEventListener('click', () => { sessionStorage.removeItem(KEY); $('results').innerHTML = ''; show(); });
  show();
})();`;
