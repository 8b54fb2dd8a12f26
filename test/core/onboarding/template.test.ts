import { describe, expect, it } from 'vitest';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { DEPARTMENTS } from '../../../core/onboarding/departments';
import { templateProblems, type TemplateStep } from '../../../core/onboarding/template';

describe('templates', () => {
  it('the default template is a valid routing slip through every department', () => {
    const steps = defaultTemplateSteps();
    expect(templateProblems(steps)).toEqual([]);
    expect(new Set(steps.map((s) => s.department))).toEqual(new Set(DEPARTMENTS));
    expect(steps.find((s) => s.key === 'collect-check')?.title).toMatch(/3 months \+ setup/);
  });

  it('reports duplicate keys, unknown dependencies and cycles', () => {
    const base = defaultTemplateSteps().slice(0, 2);
    const step = (key: string, dependsOn: string[]): TemplateStep => ({ ...base[0], key, dependsOn });
    expect(templateProblems([step('a', []), step('a', [])])).toEqual(['step "a" appears twice']);
    expect(templateProblems([step('a', ['zzz'])])).toEqual(['step "a" depends on unknown step "zzz"']);
    expect(templateProblems([step('a', ['b']), step('b', ['c']), step('c', ['a'])])[0]).toMatch(/circular dependency: a → b → c → a/);
  });
});
