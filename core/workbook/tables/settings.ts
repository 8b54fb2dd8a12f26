/** Settings: Key/Value rows with typed defaults. */
import { raw, text, type TableSpec } from '../spec';

export interface SettingsRow {
  key: string;
  value: unknown;
}
export const SettingsSpec: TableSpec = {
  name: 'Settings',
  columns: [
    { key: 'key', header: 'Key', aliases: ['Setting', 'Name'], required: true, kind: text() },
    { key: 'value', header: 'Value', required: true, emptyOk: true, kind: raw() },
  ],
};
