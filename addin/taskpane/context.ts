/** What every tab gets: the workbook port, where the pane runs, the status line and the server settings. */
import type { WorkbookPort } from '../excel/port';
import { apiClient, type ApiClient } from '../api/client';
import type { SettingsStore } from '../api/settings';
import type { TaskpaneEnv } from './env';
import type { StatusKind, StatusLine } from './status';

export interface PaneContext {
  port: WorkbookPort;
  env: TaskpaneEnv;
  status: StatusLine;
  settings: SettingsStore;
  /** A client for the saved server URL and token (read afresh each time: Settings may have changed). */
  api(): ApiClient;
  today: string;
}

export interface TabDef {
  id: string;
  label: string;
  render(ctx: PaneContext): HTMLElement;
}

export function makeApi(settings: SettingsStore): () => ApiClient {
  return () => {
    const s = settings.load();
    return apiClient({ baseUrl: s.url, token: s.token });
  };
}

/** Lets the browser paint (progress bars, status) between the phases of a long run. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a button's job: disables it, shows busy/done/error in the status line, never lets an error escape. */
/** What a job reports when it ends: a sentence, or a sentence with its tone (a run that found errors is not a success). */
export type JobOutcome = string | { text: string; kind: StatusKind } | void;

export async function runJob(ctx: PaneContext, button: { disabled: boolean } | null, busy: string, job: () => Promise<JobOutcome>): Promise<void> {
  if (button) button.disabled = true;
  ctx.status.show(busy, 'busy');
  try {
    const done = await job();
    if (typeof done === 'string') ctx.status.show(done, 'success');
    else if (done) ctx.status.show(done.text, done.kind);
    else ctx.status.clear();
  } catch (e) {
    ctx.status.show(errorText(e), 'error');
  } finally {
    if (button) button.disabled = false;
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
