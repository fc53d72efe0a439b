// Event-name matching for triggers (docs/semantics.md §1): exact names, or a trailing wildcard
// directly after `/` or `.` (`app/*`, `app/user.*`).

export function isValidEventPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > 255) return false;
  const star = pattern.indexOf("*");
  if (star === -1) return true;
  return star === pattern.length - 1 && star > 0 && (pattern[star - 1] === "/" || pattern[star - 1] === ".");
}

export function eventMatches(pattern: string, name: string): boolean {
  if (!pattern.endsWith("*")) return pattern === name;
  return name.startsWith(pattern.slice(0, -1));
}
