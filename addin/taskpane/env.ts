/** What the page tells the task pane about where it runs (filled in by addin/main.ts). */
export interface TaskpaneEnv {
  /** True outside Excel (Office.onReady gave host null, or office.js did not load): banner + demo workbook. */
  preview: boolean;
  /** Office.context.partitionKey inside Office: per-user prefix for stored settings. */
  partitionKey?: string | null;
  /** The page's origin: the default server URL. */
  origin?: string;
  /** Today in the workbook's terms (YYYY-MM-DD); defaults to the browser's date. */
  today?: string;
  /** Optional host notification (addin/notify); the pane also shows its own status line. */
  notify?: (title: string, message: string) => void;
}
