/**
 * A small strict XML reader for tests (no XML library is installed): checks well-formedness — one root,
 * matching and properly nested tags, quoted and unique attributes, known entities, comments and the
 * declaration in the right places — and returns the element tree. Throws with the offset of the first fault.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`XML not well-formed at line ${line}: ${why}`);
  };
  const text = (s: string): string => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) if (!ENTITY.test(s.slice(k))) fail(`bad entity near "${s.slice(k, k + 10)}"`);
    if (s.includes('<')) fail('"<" in text');
    return s;
  };
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))![0];
      i += ws.length;
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) fail('unclosed comment');
        if (source.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
        i = end + 3;
      } else return;
    }
  };

  if (source.startsWith('\uFEFF')) i = 1;
  if (source.startsWith('<?xml', i)) {
    const end = source.indexOf('?>', i);
    if (end < 0) fail('unclosed declaration');
    i = end + 2;
  }
  skipMisc();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < source.length) {
    if (stack.length === 0 && root) {
      skipMisc();
      if (i < source.length) fail('content after the root element');
      break;
    }
    if (source.startsWith('<!--', i)) {
      skipMisc();
      continue;
    }
    if (source.startsWith('<?', i) || source.startsWith('<!', i)) fail('declaration or DOCTYPE inside the document');
    if (source.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(source.slice(i))?.[0] ?? fail('bad closing tag');
      i += name.length;
      i += /^\s*/.exec(source.slice(i))![0].length;
      if (source[i] !== '>') fail(`bad closing tag </${name}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (source[i] === '<') {
      i++;
      const name = NAME.exec(source.slice(i))?.[0] ?? fail('bad tag name');
      i += name.length;
      const el: XmlElement = { name, attrs: {}, children: [], text: '' };
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        i += ws.length;
        if (source.startsWith('/>', i) || source[i] === '>') break;
        if (!ws) fail(`attributes of <${name}> need whitespace between them`);
        const attr = NAME.exec(source.slice(i))?.[0] ?? fail(`bad attribute in <${name}>`);
        i += attr.length;
        const m = /^\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i)) ?? fail(`attribute ${attr} of <${name}> needs a quoted value`);
        if (attr in el.attrs) fail(`attribute ${attr} repeated in <${name}>`);
        el.attrs[attr] = text(m[2] ?? m[3]);
        i += m[0].length;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail('second root element');
      else root = el;
      if (source.startsWith('/>', i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
      continue;
    }
    const next = source.indexOf('<', i);
    const chunk = source.slice(i, next < 0 ? source.length : next);
    if (stack.length === 0) {
      if (chunk.trim()) fail('text outside the root element');
    } else stack[stack.length - 1].text += text(chunk);
    i += chunk.length;
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) fail('no root element');
  return root!;
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}
