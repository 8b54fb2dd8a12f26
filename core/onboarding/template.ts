/** Onboarding templates: the steps a new client goes through, with their routing rules (DESIGN §4.6). */
import type { Condition } from './conditions';
import type { Department } from './departments';

export interface DueRule {
  /** Business days after signing, or after the due date of step `after`. */
  days: number;
  after?: string;
}

export interface TemplateStep {
  key: string;
  title: string;
  department: Department;
  phase: string;
  order: number;
  required: boolean;
  dependsOn: string[];
  condition: Condition | null;
  due: DueRule;
}

/** Problems that make a template unusable (duplicate keys, unknown or circular dependencies). */
export function templateProblems(steps: readonly TemplateStep[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const s of steps) {
    if (keys.has(s.key)) problems.push(`step "${s.key}" appears twice`);
    keys.add(s.key);
  }
  for (const s of steps) {
    for (const d of s.dependsOn) if (!keys.has(d)) problems.push(`step "${s.key}" depends on unknown step "${d}"`);
    if (s.dependsOn.includes(s.key)) problems.push(`step "${s.key}" depends on itself`);
    if (s.due.after !== undefined && !keys.has(s.due.after)) problems.push(`step "${s.key}" is due after unknown step "${s.due.after}"`);
  }
  if (problems.length === 0) {
    const cycle = findCycle(steps);
    if (cycle) problems.push(`circular dependency: ${cycle.join(' → ')}`);
    const dueCycle = findCycle(steps.map((s) => ({ key: s.key, dependsOn: s.due.after ? [s.due.after] : [] })));
    if (dueCycle) problems.push(`circular due rule: ${dueCycle.join(' → ')}`);
  }
  return problems;
}

function findCycle(steps: readonly { key: string; dependsOn: string[] }[]): string[] | null {
  const deps = new Map(steps.map((s) => [s.key, s.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (k: string): string[] | null => {
    if (state.get(k) === 'done') return null;
    if (state.get(k) === 'visiting') return [...path.slice(path.indexOf(k)), k];
    state.set(k, 'visiting');
    path.push(k);
    for (const d of deps.get(k) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    path.pop();
    state.set(k, 'done');
    return null;
  };
  for (const s of steps) {
    const c = visit(s.key);
    if (c) return c;
  }
  return null;
}
