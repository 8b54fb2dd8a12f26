/**
 * Rule 8 of DESIGN §4.2: a Block Hours agreement's monthly block is consumed in date order, then entry
 * order (Entry id, numerically when both are numbers; the row only breaks remaining ties), whatever the
 * row order. The entry that crosses the end of the block is split: one entry object whose
 * `coveredHours` + `billableHours` equal its hours. Decision: a split entry's outcome is `billable` with
 * reason `block_exhausted` (its billable part is what goes on the invoice); a fully used block makes
 * later entries wholly billable, same reason.
 */
import { roundHours } from './money';
import type { AgreementTerms } from './lookups';
import type { EntryResult } from './types';

/** Pending entries by agreement, then by month (YYYY-MM), as indices into the entries array. */
export type BlockPools = Map<AgreementTerms, Map<string, number[]>>;

export function addToPool(pools: BlockPools, agreement: AgreementTerms, month: string, index: number): void {
  let byMonth = pools.get(agreement);
  if (!byMonth) pools.set(agreement, (byMonth = new Map()));
  const list = byMonth.get(month);
  if (list) list.push(index);
  else byMonth.set(month, [index]);
}

const DIGITS = /^\d+$/;

/** Entry ids in natural order: 9 before 10; numbers before text. */
export function compareEntryIds(a: string | number, b: string | number): number {
  const as = String(a), bs = String(b);
  const an = DIGITS.test(as), bn = DIGITS.test(bs);
  if (an && bn) {
    const x = as.charCodeAt(0) === 48 ? as.replace(/^0+(?=\d)/, '') : as;
    const y = bs.charCodeAt(0) === 48 ? bs.replace(/^0+(?=\d)/, '') : bs;
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (an !== bn) return an ? -1 : 1;
  return as < bs ? -1 : as > bs ? 1 : 0;
}

export function settleBlocks(pools: BlockPools, entries: EntryResult[]): void {
  for (const [agreement, byMonth] of pools) {
    const block = agreement.row.blockHours ?? 0;
    const name = JSON.stringify(agreement.name);
    for (const [month, indices] of byMonth) {
      indices.sort((i, j) => {
        const a = entries[i], b = entries[j];
        if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
        return compareEntryIds(a.entry, b.entry) || i - j;
      });
      let left = block;
      const label = `block of ${block} h for ${month} of ${name}`;
      for (const i of indices) {
        const e = entries[i];
        const hours = e.hours ?? 0;
        if (hours <= left + 1e-9) {
          left = roundHours(left - hours);
          e.coveredHours = hours;
          e.billableHours = 0;
          e.source = `${agreement.blockHoursCell} ${label} covers it (${left} h left)`;
        } else {
          e.outcome = 'billable';
          e.reason = 'block_exhausted';
          e.coveredHours = left;
          e.billableHours = roundHours(hours - left);
          e.source = agreement.row.blockHours === undefined
            ? `${agreement.blockHoursCell} Block Hours agreement ${name} has no Block Hours: nothing is covered`
            : left > 0
              ? `${agreement.blockHoursCell} ${label} runs out: ${left} h covered, ${e.billableHours} h billable`
              : `${agreement.blockHoursCell} ${label} is used up`;
          left = 0;
        }
        e.sourceCell = agreement.blockHoursCell;
      }
    }
  }
}
