/**
 * A block rule's Name: `*` stands for any run of characters (none included), everything else
 * is itself. Compiled once per rule, because the background tests it on every cookie change.
 */
export type NameTest = (name: string) => boolean;

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*');
}

export function namePattern(pattern: string): NameTest {
  if (!hasWildcard(pattern)) return (name) => name === pattern;
  const parts = pattern.split('*');
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((part) => part !== '');
  return (name) => {
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    // Greedy from the left is exact for `*` alone: each middle part taken at its first place leaves the most room after it.
    let at = first.length;
    const end = name.length - last.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}
