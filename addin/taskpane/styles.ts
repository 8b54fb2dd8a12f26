/**
 * The pane's look: Fluent UI colours and Segoe UI type, plain CSS (no UI framework in the bundle).
 * Kept as a string injected once by mountTaskpane, so the page needs no CSS loader.
 */
export const STYLES = `
:root {
  --brand: #0f6cbd; --brand-hover: #115ea3; --brand-pressed: #0c3b5e; --brand-tint: #ebf3fc;
  --excel: #107c41; --fg: #242424; --fg2: #424242; --fg3: #616161; --bg: #ffffff; --bg2: #fafafa; --bg3: #f5f5f5;
  --stroke: #d1d1d1; --stroke2: #e0e0e0; --danger: #c50f1f; --danger-bg: #fdf3f4; --warn: #bc4b09; --warn-bg: #fff9f5;
  --ok: #107c10; --ok-bg: #f1faf1; --focus: #000000; --radius: 4px;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--bg); }
.msp { font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
  font-size: 14px; line-height: 20px; color: var(--fg); min-width: 300px; }
.msp-header { display: flex; align-items: center; gap: 8px; padding: 10px 16px; background: var(--excel); color: #fff; }
.msp-header h1 { font-size: 16px; line-height: 22px; font-weight: 600; margin: 0; }
.msp-logo { width: 20px; height: 20px; border-radius: 3px; background: #fff; color: var(--excel); font-weight: 700; font-size: 12px;
  display: inline-flex; align-items: center; justify-content: center; }
.banner { padding: 8px 16px; font-size: 12px; line-height: 16px; border-bottom: 1px solid var(--stroke2); }
.banner-preview { background: #fff4ce; color: #3b2e00; }
.tabs { display: flex; flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; gap: 0 2px; padding: 0 8px; border-bottom: 1px solid var(--stroke2); background: var(--bg); position: sticky; top: 0; z-index: 2; }
.tab { appearance: none; border: 0; background: none; padding: 10px 7px 8px; font: inherit; font-size: 13px; color: var(--fg3); white-space: nowrap; flex: none;
  cursor: pointer; border-bottom: 2px solid transparent; border-radius: var(--radius) var(--radius) 0 0; }
.tab:hover { color: var(--fg); background: var(--bg3); }
.tab[aria-selected="true"] { color: var(--fg); font-weight: 600; border-bottom-color: var(--brand); }
.panel { padding: 12px 16px 24px; }
.panel h2 { font-size: 16px; line-height: 22px; font-weight: 600; margin: 4px 0 8px; }
.panel h3 { font-size: 14px; font-weight: 600; margin: 16px 0 6px; }
.hint { color: var(--fg3); font-size: 12px; line-height: 16px; margin: 0 0 10px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin: 8px 0; }
button.btn { appearance: none; font: inherit; font-weight: 600; font-size: 13px; min-height: 32px; padding: 5px 12px; border-radius: var(--radius);
  border: 1px solid var(--stroke); background: var(--bg); color: var(--fg); cursor: pointer; }
button.btn:hover { background: var(--bg3); border-color: #c7c7c7; }
button.btn-primary { background: var(--brand); border-color: transparent; color: #fff; }
button.btn-primary:hover { background: var(--brand-hover); }
button.btn-primary:active { background: var(--brand-pressed); }
button.btn:disabled { background: var(--bg3); color: #bdbdbd; border-color: var(--stroke2); cursor: default; }
button:focus-visible, .tab:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible, .finding:focus-visible {
  outline: 2px solid var(--focus); outline-offset: 1px; }
label.field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--fg2); font-weight: 600; }
label.check { display: flex; flex-direction: row; align-items: center; gap: 6px; font-size: 13px; color: var(--fg); font-weight: 400; }
input, select { font: inherit; font-size: 13px; min-height: 32px; padding: 4px 8px; border: 1px solid var(--stroke); border-bottom-color: #616161;
  border-radius: var(--radius); background: var(--bg); color: var(--fg); }
input[type="checkbox"] { min-height: 0; width: 16px; height: 16px; accent-color: var(--brand); }
input:focus, select:focus { border-bottom: 2px solid var(--brand); }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px; }
.grid2 label.field input, .grid2 label.field select, form.cover > label.field input { width: 100%; min-width: 0; }
.status { margin: 8px 16px 0; padding: 8px 12px; border-radius: var(--radius); font-size: 13px; border: 1px solid var(--stroke2); background: var(--bg2); }
.status-error { background: var(--danger-bg); border-color: #eeacb2; color: var(--danger); }
.status-success { background: var(--ok-bg); border-color: #9fd89f; color: #0e700e; }
.status-busy { background: var(--brand-tint); border-color: #b4d6fa; color: var(--brand-pressed); }
.progress { height: 4px; background: var(--stroke2); border-radius: 2px; overflow: hidden; margin: 8px 0; }
.progress > div { height: 100%; background: var(--brand); transition: width .15s; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 8px; margin: 8px 0; }
.card { border: 1px solid var(--stroke2); border-radius: var(--radius); padding: 8px 10px; background: var(--bg); box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.card .label { font-size: 12px; color: var(--fg3); }
.card .value { font-size: 18px; line-height: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card.alert .value { color: var(--danger); }
table.data { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 16px; }
table.data th { text-align: left; font-weight: 600; color: var(--fg2); border-bottom: 1px solid var(--stroke); padding: 6px; background: var(--bg2); position: sticky; top: 0; }
table.data td { border-bottom: 1px solid var(--stroke2); padding: 5px 6px; vertical-align: top; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tr.hot td { background: var(--danger-bg); }
table.data td.sel { outline: 2px solid var(--excel); outline-offset: -2px; background: #e0f1e7; }
table.data.sheet td { max-width: 180px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.data.sheet th { position: static; }
.scroll { max-height: 360px; overflow: auto; border: 1px solid var(--stroke2); border-radius: var(--radius); }
ul.findings { list-style: none; padding: 0; margin: 0; }
.finding { display: grid; grid-template-columns: 18px 1fr; gap: 2px 6px; padding: 6px 8px; border-bottom: 1px solid var(--stroke2); cursor: pointer; font-size: 12px; line-height: 16px; }
.finding:hover { background: var(--bg3); }
.finding .cell { color: var(--brand); font-weight: 600; }
.sev { width: 14px; height: 14px; border-radius: 50%; margin-top: 1px; display: inline-block; }
.sev-error { background: var(--danger); } .sev-warning { background: #f7630c; } .sev-info { background: var(--brand); }
.pill { display: inline-block; font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px; background: var(--bg3); color: var(--fg2); white-space: nowrap; }
.pill-done { background: var(--ok-bg); color: var(--ok); } .pill-ready { background: var(--brand-tint); color: var(--brand); }
.pill-not_applicable { background: var(--bg3); color: var(--fg3); } .pill-waiting { background: #fff9f5; color: var(--warn); }
.step { display: grid; grid-template-columns: 20px 1fr auto; gap: 2px 8px; align-items: start; padding: 6px 0; border-bottom: 1px solid var(--stroke2); }
.step .meta { grid-column: 2 / 4; font-size: 11px; color: var(--fg3); }
.list-item { display: flex; justify-content: space-between; gap: 8px; align-items: center; padding: 6px 8px; border-bottom: 1px solid var(--stroke2); }
.preview-book { border-top: 4px solid var(--stroke2); padding: 12px 16px 24px; background: var(--bg2); }
.preview-book h2 { font-size: 14px; font-weight: 600; margin: 0 0 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.empty { color: var(--fg3); font-style: italic; font-size: 12px; }
pre.diff { font-size: 11px; white-space: pre-wrap; background: var(--bg2); border: 1px solid var(--stroke2); padding: 8px; border-radius: var(--radius); max-height: 240px; overflow: auto; }
`;
