/** The departments an onboarding routes through (seed 001's routing slip), in their usual order. */
export const DEPARTMENTS = ['Sales', 'Finance', 'Service', 'NOC', 'Account Manager'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** "account manager", "NOC", " finance " → the canonical spelling, or null. */
export function departmentOf(text: string): Department | null {
  const key = text.toLowerCase().replace(/[\s_-]+/g, '');
  return DEPARTMENTS.find((d) => d.toLowerCase().replace(/\s+/g, '') === key) ?? null;
}
