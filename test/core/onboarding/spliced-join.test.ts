import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplicedJoin } from '../../../core/onboarding/spliced-join';

describe('SplicedJoin', () => {
  it('always equals the plain join, whichever parts change between calls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(fc.array(fc.nat(11), { maxLength: 4 }), { maxLength: 15 }), (n, changes) => {
        const join = new SplicedJoin();
        const key = {};
        let items = Array.from({ length: n }, (_, i) => ({ text: `"p${i}"` }));
        let rendered = 0;
        const check = () => {
          rendered = 0;
          const text = join.join(key, 'g', [items], items.length, (i) => (rendered++, items[i].text));
          expect(text).toBe(items.map((x) => x.text).join(','));
        };
        check();
        changes.forEach((positions, round) => {
          items = items.slice();
          for (const p of positions) if (p < items.length) items[p] = { text: `{"r":${round},"p":${p}}` };
          check();
          // Only the replaced parts were rendered again.
          expect(rendered).toBe(new Set(positions.filter((p) => p < n)).size);
        });
      }),
    );
  });

  it('renders everything again when the guard or the number of parts changes', () => {
    const join = new SplicedJoin();
    const key = {};
    const items = ['"a"', '"b"', '"c"'];
    let rendered = 0;
    const render = (i: number) => (rendered++, items[i]);
    join.join(key, 1, [items], 3, render);
    join.join(key, 1, [items], 3, render);
    expect(rendered).toBe(3);
    join.join(key, 2, [items], 3, render);
    expect(rendered).toBe(6);
    expect(join.join(key, 2, [items.slice(0, 2)], 2, render)).toBe('"a","b"');
    expect(rendered).toBe(8);
  });
});
