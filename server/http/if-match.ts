/** ETags of onboardings are their row version: `"7"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** True when an If-Match header names this version (or is `*`). Weak tags and lists are accepted. */
export function ifMatchAccepts(header: string, version: number): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'))
    .some((t) => t === '*' || t === String(version));
}
