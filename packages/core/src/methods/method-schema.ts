import { z } from 'zod';
import type { MethodEntry, MethodFamily } from './method-family.js';

/** The method-name schemas and their family, so the JSON Schema can list the names. */
const FAMILIES = new WeakMap<object, MethodFamily<MethodEntry<unknown>>>();

/**
 * The zod schema of a `method` field: a name in the family's table, checked when a document is
 * parsed (so the schema always follows the table). Typed as the union of the shipped names.
 *
 * @internal
 */
export function methodNameSchema(
  family: MethodFamily<MethodEntry<unknown>>,
): z.ZodType<never, never> {
  const schema = z.string().check((ctx) => {
    if (!family.has(ctx.value))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Unknown ${family.what} method ${JSON.stringify(ctx.value)}; use one of ${family.names().join(', ')}`,
      });
  });
  FAMILIES.set(schema, family);
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
  const family = FAMILIES.get(ctx.zodSchema as object);
  if (family) ctx.jsonSchema.enum = family.names();
}
