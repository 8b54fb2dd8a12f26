/**
 * Texts joined by commas, remembered per key (an onboarding's step-list shape): a part whose identities
 * — its step record, its status, … (all immutable) — are the same objects as last time is copied from
 * the last text, and runs of such parts are copied as one slice. With many onboardings in turn, reading
 * each part's own text scattered over the heap cost more than serialising the one or two that changed.
 */
interface LastJoin {
  guard: unknown;
  ids: readonly (readonly unknown[])[];
  text: string;
  /** Part i is text.slice(i ? ends[i - 1] : 0, ends[i]), its leading comma included. */
  ends: Int32Array;
}

export class SplicedJoin {
  private readonly last = new WeakMap<object, LastJoin>();

  /**
   * `ids[k][i]` identify part i (compared with ===); `guard` must also be the same for any reuse;
   * `render(i)` makes part i's text when it cannot be reused.
   */
  join(key: object, guard: unknown, ids: readonly (readonly unknown[])[], n: number, render: (i: number) => string): string {
    const last = this.last.get(key);
    const usable = last !== undefined && last.guard === guard && last.ids.length === ids.length && last.ids.every((a) => a.length === n);
    let text = '';
    const ends = new Int32Array(n);
    let runFrom = -1; // start, in last.text, of the run of reused parts not yet copied
    let runTo = -1;
    let changed = !usable;
    for (let i = 0; i < n; i++) {
      if (usable && ids.every((a, k) => last.ids[k][i] === a[i])) {
        if (runFrom < 0) runFrom = i ? last.ends[i - 1] : 0;
        runTo = last.ends[i];
      } else {
        if (runFrom >= 0) text += last!.text.slice(runFrom, runTo);
        runFrom = -1;
        text += (i ? ',' : '') + render(i);
        changed = true;
      }
      ends[i] = text.length + (runFrom >= 0 ? runTo - runFrom : 0);
    }
    if (!changed) return last!.text;
    if (runFrom >= 0) text += last!.text.slice(runFrom, runTo);
    this.last.set(key, { guard, ids, text, ends });
    return text;
  }
}
