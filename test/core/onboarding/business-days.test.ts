import { describe, expect, it } from 'vitest';
import { addBusinessDays, MON_TO_FRI } from '../../../core/onboarding/business-days';
import { businessDaysOf } from '../../../core/onboarding/calendar-days';

describe('business days', () => {
  it('skips weekends (2026-11-06 is a Friday)', () => {
    expect(addBusinessDays('2026-11-06', 1)).toBe('2026-11-09');
    expect(addBusinessDays('2026-11-02', 5)).toBe('2026-11-09');
    expect(addBusinessDays('2026-11-07', 0)).toBe('2026-11-09'); // a Saturday rolls to Monday
  });

  it('skips the published grid\'s holidays and follows its Calendar days', () => {
    const cal = businessDaysOf([
      { name: 'Calendar', values: [['Day', 'Start', 'End'], ['Mon', '08:00', '17:00'], ['Tue', '08:00', '17:00'], ['Wed', '08:00', '17:00'], ['Thu', '08:00', '17:00'], ['Fri', '08:00', '17:00'], ['Sat', '09:00', '12:00']] },
      { name: 'Holidays', values: [['Date', 'Name'], ['2026-11-26', 'Thanksgiving']] },
    ]);
    expect(addBusinessDays('2026-11-25', 1, cal)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-27', 1, cal)).toBe('2026-11-28'); // Saturday works here
    expect(addBusinessDays('2026-11-25', 1, MON_TO_FRI)).toBe('2026-11-26');
  });
});
