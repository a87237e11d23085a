import type { z } from 'zod';

/**
 * zod builds its output in plain objects and skips a key named `__proto__` (assigning it would
 * replace the object's prototype), so a record keyed by node code loses a node coded `__proto__`
 * without a word. Documents are therefore parsed with the key renamed to this stand-in, and the
 * output gets it back as an ordinary own key. Node codes cannot contain a NUL, so it never clashes.
 */
const STAND_IN = '\u0000__proto__';

/** Whether a JSON value has an own `__proto__` key anywhere (iterative: any depth). */
function hasProtoKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
      continue;
    }
    if (!isPlain(v)) continue;
    if (Object.hasOwn(v, '__proto__')) return true;
    for (const x of Object.values(v)) if (x !== null && typeof x === 'object') stack.push(x);
  }
  return false;
}

function isPlain(v: object): v is Record<string, unknown> {
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

/** A copy of plain objects and arrays with every own key `from` renamed `to`, in key order. */
function renameKeys(value: unknown, from: string, to: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((x) => renameKeys(x, from, to));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> =
    Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const key of Object.keys(value))
    // defineProperty, not assignment: an own `__proto__` key stays a key.
    Object.defineProperty(out, key === from ? to : key, {
      value: renameKeys(value[key], from, to),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/**
 * `schema.safeParse(value)`, except that a key `__proto__` anywhere in the document (a node code
 * in a record of scores, weights, tags…) is kept as an ordinary own key of the output, as
 * `JSON.parse` gave it, instead of vanishing. Issue paths and messages name it as `__proto__`.
 * Documents without such a key are parsed as they are.
 *
 * @example
 * ```ts
 * const r = safeParseKeepingProto(z.record(z.string(), z.number()), JSON.parse('{"__proto__": 2}'));
 * r.success && Object.keys(r.data); // ['__proto__']
 * ```
 */
export function safeParseKeepingProto<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  if (!hasProtoKey(value)) return schema.safeParse(value);
  const parsed = schema.safeParse(renameKeys(value, '__proto__', STAND_IN));
  if (parsed.success)
    return { ...parsed, data: renameKeys(parsed.data, STAND_IN, '__proto__') as z.output<S> };
  for (const i of parsed.error.issues as {
    path: PropertyKey[];
    message: string;
    keys?: string[];
  }[]) {
    i.path = i.path.map((p) => (p === STAND_IN ? '__proto__' : p));
    i.message = i.message
      .replaceAll(STAND_IN, '__proto__')
      .replaceAll('\\u0000__proto__', '__proto__');
    if (i.keys) i.keys = i.keys.map((k) => (k === STAND_IN ? '__proto__' : k));
  }
  return parsed;
}
