/** Typed Settings with the defaults of DESIGN §3. Unknown keys are reported, bad values fall back to the default with a finding. */
import { IANAZone } from 'luxon';
import { finding, type Finding } from '../findings';
import { headerKey, splitList } from '../names';
import { coerceCell, isEmptyCell } from './cells';
import { cellOf, type ParsedTable } from './parse-table';
import { num, text, type CellKind } from './spec';
import type { SettingsRow } from './tables/settings';

export interface Settings {
  timeZone: string;
  currency: string;
  billIncrement: number;
  minimumHours: number;
  taxRate: number;
  pauseStatuses: string[];
  csatMinimumSample: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  timeZone: 'UTC',
  currency: 'USD',
  billIncrement: 0.25,
  minimumHours: 0,
  taxRate: 0,
  pauseStatuses: ['Waiting Customer', 'On Hold', 'Waiting Vendor'],
  csatMinimumSample: 10,
});

interface SettingDef {
  key: keyof Settings;
  label: string;
  kind: CellKind | 'list' | 'zone';
}

const DEFS: SettingDef[] = [
  { key: 'timeZone', label: 'Time Zone', kind: 'zone' },
  { key: 'currency', label: 'Currency', kind: text() },
  { key: 'billIncrement', label: 'Bill Increment', kind: num({ positive: true }) },
  { key: 'minimumHours', label: 'Minimum Hours', kind: num({ min: 0 }) },
  { key: 'taxRate', label: 'Tax Rate', kind: num({ min: 0, max: 1 }) },
  { key: 'pauseStatuses', label: 'Pause Statuses', kind: 'list' },
  { key: 'csatMinimumSample', label: 'CSAT Minimum Sample', kind: num({ min: 1, integer: true }) },
];
const BY_KEY = new Map(DEFS.map((d) => [headerKey(d.label), d]));

export function readSettings(table: ParsedTable<SettingsRow>): { settings: Settings; findings: Finding[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, pauseStatuses: [...DEFAULT_SETTINGS.pauseStatuses] };
  const findings: Finding[] = [];
  for (const row of table.rows) {
    if (row.key === undefined) continue;
    const def = BY_KEY.get(headerKey(row.key));
    const cell = cellOf(table, row, 'value');
    if (!def) {
      findings.push(finding('info', 'unknown_setting', cellOf(table, row, 'key'),
        `Unknown setting ${JSON.stringify(row.key)} is ignored (known: ${DEFS.map((d) => d.label).join(', ')})`));
      continue;
    }
    if (isEmptyCell(row.value)) continue; // blank = default
    if (def.kind === 'list') {
      settings.pauseStatuses = splitList(row.value);
    } else if (def.kind === 'zone') {
      const zone = String(row.value).trim();
      if (IANAZone.isValidZone(zone)) settings.timeZone = zone;
      else findings.push(finding('error', 'invalid_setting', cell, `Time Zone must be an IANA zone such as America/New_York, got ${JSON.stringify(zone)}`));
    } else {
      const r = coerceCell(row.value, def.kind, def.label);
      if (r.ok) (settings as unknown as Record<string, unknown>)[def.key] = r.value;
      else findings.push(finding('error', 'invalid_setting', cell, `${r.message}; using the default`));
    }
  }
  return { settings, findings };
}
