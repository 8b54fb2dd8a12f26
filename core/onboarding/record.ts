/** An onboarding as stored: the cover page, the steps copied from its pinned template version, hand-offs. */
import type { CoverPage } from './cover';
import type { Department } from './departments';
import type { TemplateStep } from './template';

export type Role = 'admin' | 'manager' | 'member';

export interface Actor {
  id: number;
  name: string;
  role: Role;
  departments: readonly string[];
}

export interface StepRecord extends TemplateStep {
  done: boolean;
  completedBy: string | null;
  completedById: number | null;
  completedAt: string | null;
  note: string | null;
}

export interface HandoffRecord {
  from: Department;
  to: Department;
  phase: string;
  at: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

export interface OnboardingRecord {
  id: number;
  client: string;
  templateId: number;
  templateVersion: number;
  cover: CoverPage;
  steps: StepRecord[];
  handoffs: HandoffRecord[];
  createdAt: string;
  createdBy: string;
}

export function newOnboarding(
  id: number,
  cover: CoverPage,
  template: { id: number; version: number; steps: readonly TemplateStep[] },
  createdBy: string,
  now: string,
): OnboardingRecord {
  const steps = [...template.steps]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ ...s, dependsOn: [...s.dependsOn], done: false, completedBy: null, completedById: null, completedAt: null, note: null }));
  return { id, client: cover.client, templateId: template.id, templateVersion: template.version, cover, steps, handoffs: [], createdAt: now, createdBy };
}

/** Managers and admins may act for any department and undo anyone's sign-off. */
export function isManager(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'manager';
}

export function inDepartment(actor: Actor, department: string): boolean {
  const key = department.toLowerCase();
  return actor.departments.some((d) => d.toLowerCase() === key);
}
