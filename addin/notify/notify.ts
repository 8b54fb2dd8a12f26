/**
 * Notifications for the user: @microsoft/office-js-helpers' `UI.notify` banner (only that part of the
 * archived library is used, loaded on first use so it stays out of the first paint), with a fallback when
 * it cannot load or render (no DOM, blocked chunk): the message still reaches the fallback, never lost.
 */
export type NotifyKind = 'default' | 'success' | 'error' | 'warning';
export type Notify = (title: string, message: string, kind?: NotifyKind) => Promise<void>;

export interface HelpersUi {
  UI: { notify(message: string, title: string, type: NotifyKind): unknown };
}

export type LoadHelpers = () => Promise<HelpersUi>;

const loadOfficeHelpers: LoadHelpers = async () => {
  const mod = (await import(/* webpackChunkName: "office-helpers" */ '@microsoft/office-js-helpers')) as unknown as HelpersUi & { default?: HelpersUi };
  return mod.UI ? mod : mod.default!;
};

export function consoleFallback(title: string, message: string, kind: NotifyKind = 'default'): void {
  (kind === 'error' ? console.error : console.info)(`MSP Sync — ${title}: ${message}`);
}

export function createNotifier(load: LoadHelpers = loadOfficeHelpers, fallback = consoleFallback): Notify {
  let helpers: Promise<HelpersUi | null> | null = null;
  return async (title, message, kind = 'default') => {
    helpers ??= load().catch(() => null);
    const h = await helpers;
    try {
      if (!h || typeof document === 'undefined') throw new Error('no notification banner here');
      h.UI.notify(message, title, kind);
    } catch {
      fallback(title, message, kind);
    }
  };
}
