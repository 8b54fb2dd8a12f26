import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseWorkbook } from '../../../core/workbook';

describe('Settings', () => {
  it('uses the documented defaults without a Settings sheet', () => {
    expect(parseWorkbook([]).settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ timeZone: 'UTC', currency: 'USD', billIncrement: 0.25, minimumHours: 0, taxRate: 0, csatMinimumSample: 10 });
  });

  it('reads typed values by key, in any spelling', () => {
    const wb = parseWorkbook([
      {
        name: 'Settings',
        values: [
          ['Key', 'Value'],
          ['Time Zone', 'America/New_York'],
          ['bill increment', 0.5],
          ['Minimum Hours', '1'],
          ['Tax Rate', '8%'],
          ['Pause Statuses', 'Waiting Customer; Scheduled'],
          ['CSAT Minimum Sample', 5],
          ['Currency', ''],
        ],
      },
    ]);
    expect(wb.findings).toEqual([]);
    expect(wb.settings).toEqual({
      timeZone: 'America/New_York',
      currency: 'USD',
      billIncrement: 0.5,
      minimumHours: 1,
      taxRate: 0.08,
      pauseStatuses: ['Waiting Customer', 'Scheduled'],
      csatMinimumSample: 5,
    });
  });

  it('keeps the default and points at the cell when a value is bad', () => {
    const wb = parseWorkbook([{ name: 'Settings', values: [['Key', 'Value'], ['Time Zone', 'Mars/Olympus'], ['Bill Increment', 0], ['Colour', 'blue']] }]);
    expect(wb.settings.timeZone).toBe('UTC');
    expect(wb.settings.billIncrement).toBe(0.25);
    expect(wb.findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ['error', 'invalid_setting', 'Settings!B2'],
      ['error', 'invalid_setting', 'Settings!B3'],
      ['info', 'unknown_setting', 'Settings!A4'],
    ]);
  });
});
