/**
 * Server URL and token of the current user. Inside Office the token is kept in localStorage under the
 * add-in's `Office.context.partitionKey` (so two users of one machine, or two add-in origins, never share
 * it); outside Office (preview mode in a browser tab) it lives in sessionStorage and is gone with the tab.
 */
export interface ServerSettings {
  url: string;
  token: string;
}

export interface SettingsStoreOptions {
  inOffice: boolean;
  partitionKey?: string | null;
  /** The page's origin: the server URL when none is saved. */
  origin: string;
  local?: Storage;
  session?: Storage;
}

export interface SettingsStore {
  load(): ServerSettings;
  save(settings: ServerSettings): void;
  /** Where the values are kept, for the Settings tab to say so. */
  readonly where: string;
}

const KEY = 'msp-sync/server';

export function settingsStore(options: SettingsStoreOptions): SettingsStore {
  const storage = options.inOffice ? (options.local ?? globalThis.localStorage) : (options.session ?? globalThis.sessionStorage);
  const key = options.inOffice && options.partitionKey ? `${options.partitionKey}/${KEY}` : KEY;
  const fallback: ServerSettings = { url: options.origin, token: '' };
  return {
    where: options.inOffice ? 'this Office user’s add-in storage' : 'this browser tab only (session storage)',
    load() {
      try {
        const raw = storage?.getItem(key);
        if (!raw) return fallback;
        const parsed = JSON.parse(raw) as Partial<ServerSettings>;
        return {
          url: typeof parsed.url === 'string' && parsed.url ? parsed.url : fallback.url,
          token: typeof parsed.token === 'string' ? parsed.token : '',
        };
      } catch {
        return fallback;
      }
    },
    save(settings) {
      storage?.setItem(key, JSON.stringify({ url: normaliseUrl(settings.url) || options.origin, token: settings.token.trim() }));
    },
  };
}

/** `https://host:3000/` → `https://host:3000`; blanks stay blank. */
export function normaliseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}
