/** Excel's rules for worksheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export const MAX_SHEET_NAME = 31;

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/** The hidden-by-name sheet a result is built under before it replaces the real one. */
export function tempSheetName(name: string): string {
  return `~${name}`.slice(0, MAX_SHEET_NAME);
}
