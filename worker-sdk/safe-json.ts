// JSON encoding for values produced by user code: tolerates circular references (replaced by a
// "[Circular ~.path]" marker) and drops BigInt values, as the official SDK's stringify does, so a
// reply can always be encoded.

/** Serialises `value`; never throws for cycles or BigInt. `undefined` at the top level gives "null". */
export function safeStringify(value: unknown): string {
  return stringifyOrUndefined(value) ?? "null";
}

/** Like safeStringify, but `undefined` (as JSON.stringify) when there is nothing to encode. */
export function stringifyOrUndefined(value: unknown): string | undefined {
  const stack: unknown[] = [];
  const keys: string[] = [];
  const replacer = function (this: unknown, key: string, current: unknown): unknown {
    if (typeof current === "bigint") return undefined;
    if (stack.length > 0) {
      const parentIndex = stack.indexOf(this);
      if (parentIndex >= 0) {
        stack.splice(parentIndex + 1);
        keys.splice(parentIndex, Infinity, key);
      } else {
        stack.push(this);
        keys.push(key);
      }
      if (current !== null && typeof current === "object" && stack.includes(current)) {
        return stack[0] === current
          ? "[Circular ~]"
          : `[Circular ~.${keys.slice(0, stack.indexOf(current)).join(".")}]`;
      }
    } else {
      stack.push(current);
    }
    return current;
  };
  return JSON.stringify(value, replacer) as string | undefined;
}
