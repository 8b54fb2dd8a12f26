/**
 * The add-in's single entry (shared runtime: one page for ribbon commands, custom functions and the task
 * pane). Registers the ribbon actions and custom functions as soon as the script loads (Excel may invoke
 * them before the pane is shown), then waits for Office and mounts the pane — on the Excel workbook, or,
 * outside Excel (Office.onReady gives host null), on the in-memory demo workbook in preview mode.
 */
import { ribbonCommands } from './commands/ribbon';
import { officeExcelRun } from './excel/excel-run';
import { ExcelWorkbook } from './excel/excel-workbook';
import { watchWorkbook } from './functions/change-watch';
import { customFunctionsApi } from './functions/custom-functions-api';
import { CUSTOM_FUNCTIONS } from './functions/functions';
import { setFunctionsRuntime, type FunctionsRuntime } from './functions/runtime';
import { WorkbookCache } from './functions/workbook-cache';
import { createNotifier } from './notify/notify';
import { createPreviewPort, officeReady } from './preview';
import { mountTaskpane } from './taskpane/app';

const notify = createNotifier();
const excel = new ExcelWorkbook(officeExcelRun);
const runtime: FunctionsRuntime = { cache: new WorkbookCache((names) => excel.readTables(names)), now: () => Date.now(), watching: false };
setFunctionsRuntime(runtime);

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const commands = ribbonCommands({ port: () => excel, notify, today: localToday });

// office.js defines Office.actions and CustomFunctions.associate when it loads, before Office is ready.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('checkInvoices', commands.checkInvoices);
  Office.actions.associate('validateGrid', commands.validateGrid);
}
const functionsApi = customFunctionsApi();
if (functionsApi) for (const [id, fn] of Object.entries(CUSTOM_FUNCTIONS)) functionsApi.associate(id, fn);

async function start(): Promise<void> {
  const host = await officeReady();
  if (host.inExcel) runtime.watching = await watchWorkbook(officeExcelRun, runtime.cache);
  const root = document.getElementById('app');
  if (!root) return;
  mountTaskpane(root, host.inExcel ? excel : createPreviewPort(), {
    preview: !host.inExcel,
    partitionKey: host.partitionKey,
    origin: location.origin,
    today: localToday(),
    notify: (title, message) => void notify(title, message),
  });
}

void start();
