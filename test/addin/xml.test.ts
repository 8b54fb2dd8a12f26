import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

describe('parseXml (test helper)', () => {
  it('reads elements, attributes and text', () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c --><a x="1" y=\'2\'><b/>t &amp; u<c>v</c></a>\n');
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1', y: '2' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.text).toBe('t &amp; u');
  });

  it.each([
    ['<a><b></a></b>', /<\/a> closes <b>/],
    ['<a x=1/>', /quoted value/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a>&nbsp;</a>', /bad entity/],
    ['<a/><b/>', /content after the root/],
    ['<a>', /not closed/],
    ['<a><!-- x -- y --></a>', /"--"/],
    ['<a x="1"y="2"/>', /whitespace/],
    ['', /no root/],
  ])('rejects %s', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });
});
