import { describe, expect, it } from 'vitest';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { newOnboarding } from '../../../core/onboarding/record';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';
import { OnboardingRows } from '../../../server/store/onboardings';
import { coverPage } from '../../core/onboarding/cover-fixture';

function setup() {
  const db = openDatabase(':memory:');
  createServices(db); // migrations + default template
  const rows = new OnboardingRows(db);
  const record = newOnboarding(1, coverPage(), { id: 1, version: 1, steps: defaultTemplateSteps() }, 'Sam', '2026-11-02T10:00:00Z');
  rows.insert(record, 'open', 'now');
  return { db, rows, record };
}

describe('onboarding rows', () => {
  it('a rolled-back write is not served from memory', () => {
    const { db, rows, record } = setup();
    expect(() =>
      db.transaction(() => {
        expect(rows.update({ ...record, client: 'Renamed' }, 'open', 1, 'now')).toBe(true);
        throw new Error('audit failed');
      })(),
    ).toThrow('audit failed');
    expect(rows.get(1)).toMatchObject({ version: 1, record: { client: 'Harbor Dental' } });
  });

  it('a stale expected version writes nothing', () => {
    const { rows, record } = setup();
    expect(rows.update({ ...record, client: 'A' }, 'open', 1, 'now')).toBe(true);
    expect(rows.update({ ...record, client: 'B' }, 'open', 1, 'now')).toBe(false);
    expect(rows.get(1)).toMatchObject({ version: 2, record: { client: 'A' } });
  });

  it('a change made in the database by someone else is read again', () => {
    const { db, rows, record } = setup();
    rows.get(1);
    db.prepare('UPDATE onboardings SET doc = ?, version = version + 1 WHERE id = 1').run(JSON.stringify({ ...record, client: 'Elsewhere' }));
    expect(rows.get(1)).toMatchObject({ version: 2, record: { client: 'Elsewhere' } });
  });
});
