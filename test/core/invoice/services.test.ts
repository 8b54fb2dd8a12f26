/** Per customer × service: grid revenue over the checked months against the cost of covered work. */
import { describe, expect, it } from 'vitest';
import { check, withRows } from './fixtures';

describe('service profitability', () => {
  it('revenue = units × price per month, covered cost and the effective hourly rate', () => {
    const r = check([
      { service: 'Helpdesk', hours: 2 },
      { service: 'Helpdesk', hours: 2, role: 'Engineer', date: '2026-09-20' },
      { service: 'Backup', hours: 1, workType: 'Onsite' }, // billable: no covered cost
      { hours: 1 }, // covered, no service named
    ]);
    const acme = r.services.filter((s) => s.customer === 'Acme');
    expect(acme.find((s) => s.service === 'Helpdesk')).toMatchObject({ months: 1, units: 10, revenue: 500, coveredHours: 4, coveredCost: 200, margin: 300, effectiveHourlyRate: 125 });
    expect(acme.find((s) => s.service === 'Backup')).toMatchObject({ revenue: 200, coveredHours: 0, coveredCost: 0, effectiveHourlyRate: null });
    expect(acme.find((s) => s.service === 'Firewall')).toMatchObject({ units: null, revenue: 200 });
    expect(acme.find((s) => s.service === null)).toMatchObject({ revenue: 0, coveredHours: 1, coveredCost: 40 });
  });

  it('two months double the revenue; a Price Override one-off changes the price', () => {
    const r = check([{ date: '2026-09-02' }, { date: '2026-10-02' }], withRows('OneOffs', ['Acme', 'Price Override', 'Helpdesk', 40, '2026-10-01', '']));
    // September 10 × 50 + October 10 × 40
    expect(r.services.find((s) => s.customer === 'Acme' && s.service === 'Helpdesk')).toMatchObject({ months: 2, revenue: 900 });
  });
});
