/**
 * Waits for office.js and tells whether the page runs inside Excel. Outside Office, `Office.onReady()`
 * resolves with `host: null`; when office.js failed to load (offline, blocked CDN) or never answers,
 * the timeout decides: preview mode, never a pane that hangs.
 */
export interface HostInfo {
  inExcel: boolean;
  partitionKey: string | null;
}

export async function officeReady(timeoutMs = 3000): Promise<HostInfo> {
  const preview: HostInfo = { inExcel: false, partitionKey: null };
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') return preview;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || info.host !== office.HostType.Excel) return preview;
    return { inExcel: true, partitionKey: office.context?.partitionKey ?? null };
  } catch {
    return preview;
  } finally {
    clearTimeout(timer);
  }
}
