import { z } from 'zod';

/** The method-name schemas and their names, so the JSON Schema can list them. */
const NAMES = new WeakMap<object, ReadonlySet<string>>();

/**
 * The zod schema of a `method` field: a name of the family's table (its live name set), checked
 * when a document is parsed, so the schema always follows the table. Typed as the union of the shipped names.
 *
 * @internal
 */
export function methodNameSchema(
  what: string,
  names: ReadonlySet<string>,
): z.ZodType<never, never> {
  const schema = z.string().check((ctx) => {
    if (!names.has(ctx.value))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Unknown ${what} method ${JSON.stringify(ctx.value)}; use one of ${[...names].join(', ')}`,
      });
  });
  NAMES.set(schema, names);
  // Typed by the caller as the union of the table's names.
  return schema as unknown as z.ZodType<never, never>;
}

/**
 * For `z.toJSONSchema`'s `override`: writes the method names of the family's table as the `enum`
 * of a method-name schema.
 *
 * @internal
 */
export function methodNameJsonSchema(ctx: {
  zodSchema: unknown;
  jsonSchema: Record<string, unknown>;
}): void {
  const names = NAMES.get(ctx.zodSchema as object);
  if (names) ctx.jsonSchema.enum = [...names];
}
