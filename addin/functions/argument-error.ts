/**
 * A custom function's bad argument or unanswerable question. functions.ts turns it into
 * `CustomFunctions.Error` (#VALUE! or #N/A with this message): never a wrong number.
 */
export class FunctionArgError extends Error {
  constructor(
    message: string,
    readonly kind: 'invalidValue' | 'notAvailable' = 'invalidValue',
  ) {
    super(message);
    this.name = 'FunctionArgError';
  }
}

export type Arg = string | number | boolean | null | undefined;

/** Excel passes an omitted optional argument as null (or undefined), and an empty cell as "" or 0 by type. */
export function isBlank(v: Arg): v is null | undefined | '' {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function requiredText(name: string, v: Arg): string {
  if (isBlank(v)) throw new FunctionArgError(`${name} is required`);
  return String(v).trim();
}

export function optionalText(v: Arg): string | undefined {
  return isBlank(v) ? undefined : String(v).trim();
}

export function monthArg(name: string, v: Arg, required: boolean): string | undefined {
  if (isBlank(v)) {
    if (required) throw new FunctionArgError(`${name} is required (YYYY-MM)`);
    return undefined;
  }
  if (typeof v === 'number') {
    // A date cell: the month it falls in.
    const d = new Date(Math.round((v - 25569) * 86400000));
    if (!Number.isFinite(d.getTime())) throw new FunctionArgError(`${name} must be a month like 2026-09, got ${v}`);
    return d.toISOString().slice(0, 7);
  }
  const m = /^(\d{4})-(\d{1,2})$/.exec(String(v).trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new FunctionArgError(`${name} must be a month like 2026-09, got "${v}"`);
  return `${m[1]}-${m[2].padStart(2, '0')}`;
}
