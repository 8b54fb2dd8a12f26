import { describe, expect, it } from 'vitest';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { newOnboarding } from '../../../core/onboarding/record';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';
import { stateJson } from '../../../server/store/onboarding-doc';
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
    db.prepare('UPDATE onboardings SET doc = ?, version = version + 1 WHERE id = 1').run(stateJson({ ...record, client: 'Elsewhere' }));
    expect(rows.get(1)).toMatchObject({ version: 2, record: { client: 'Elsewhere' } });
  });

  it('stores the copied steps once, apart, and only the sign-offs per write; rows from before the split still read', () => {
    const { db, rows, record } = setup();
    const done = { ...record, steps: record.steps.map((s, i) => (i === 0 ? { ...s, done: true, completedBy: 'Sam', completedById: 1, completedAt: 'then', note: 'ok' } : s)) };
    rows.update(done, 'open', 1, 'now');
    const doc = db.prepare('SELECT doc FROM onboardings WHERE id = 1').pluck().get() as string;
    const steps = db.prepare('SELECT steps FROM onboarding_steps WHERE onboarding_id = 1').pluck().get() as string;
    expect(doc).not.toContain(record.steps[0].title);
    expect(steps).toContain(record.steps[0].title);
    expect(new OnboardingRows(db).get(1)?.record).toEqual(done);
    // A row written before the split: the whole record in doc, no steps row.
    const old = { ...done, id: 2, client: 'Older Client' };
    db.prepare("INSERT INTO onboardings (id, client, template_id, template_version, status, version, doc, created_at, updated_at) VALUES (2, ?, 1, 1, 'open', 1, ?, 't', 't')").run(old.client, JSON.stringify(old));
    expect(new OnboardingRows(db).get(2)?.record).toEqual(old);
  });
});
