import { describe, expect, it } from 'vitest';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { newOnboarding, type Actor, type OnboardingRecord } from '../../../core/onboarding/record';
import { changeStep, editCover } from '../../../core/onboarding/routing';
import { joinRecord, stateJson, stepsJson } from '../../../server/store/onboarding-doc';
import { coverPage } from '../../core/onboarding/cover-fixture';

const manager: Actor = { id: 9, name: 'Max "M" Manager', role: 'manager', departments: [] };

describe('the stored onboarding document', () => {
  it('reads back as the record it was written from, after every kind of change', () => {
    let r: OnboardingRecord = newOnboarding(3, coverPage(), { id: 1, version: 2, steps: defaultTemplateSteps() }, 'Sam', '2026-11-02T09:00:00Z');
    const roundTrip = () => expect(joinRecord(r.id, stepsJson(r), stateJson(r))).toEqual(r);
    roundTrip();
    for (const [i, key] of ['verify-billing-names', 'file-paperwork', 'create-invoices'].entries()) {
      const c = changeStep(r, key, true, manager, `2026-11-0${3 + i}T10:00:00Z`, i === 1 ? 'line 1\nline "2"' : undefined);
      if (c.kind !== 'changed') throw new Error(`${key}: ${c.kind}`);
      r = c.record;
      roundTrip();
    }
    r = editCover(r, coverPage({ client: 'Renamed Client', servers: { count: 0, unitPrice: 0 } }), '2026-11-06T10:00:00Z');
    roundTrip();
    const undo = changeStep(r, 'create-invoices', false, manager, '2026-11-07T10:00:00Z');
    if (undo.kind !== 'changed') throw new Error(undo.kind);
    r = undo.record;
    roundTrip();
    expect(r.handoffs.length).toBeGreaterThan(0);
  });

  it('keeps only the changing state in the document: the copied steps are stored once, apart', () => {
    const r = newOnboarding(1, coverPage(), { id: 1, version: 1, steps: defaultTemplateSteps() }, 'Sam', 't0');
    const doc = JSON.parse(stateJson(r)) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['client', 'cover', 'createdAt', 'createdBy', 'handoffs', 'signOffs', 'templateId', 'templateVersion']);
    expect(stateJson(r)).not.toContain(r.steps[0].title);
  });
});
