import type { z } from "zod";

/**
 * Parses URL search parameters with a zod object schema. Repeated keys become arrays only where the schema
 * says so (use z.array); otherwise the last value wins. Invalid input is answered with a 400 whose message
 * names each bad parameter and what it accepts: never a 500.
 */
export function parseSearchParams<S extends z.ZodObject>(url: URL | string, schema: S): z.infer<S> {
  const params = (typeof url === "string" ? new URL(url) : url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length === 0) continue;
    const field = schema.shape[key] as z.ZodType | undefined;
    raw[key] = field && isArraySchema(field) ? values : values[values.length - 1]!;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "query";
    return `“${name}”: ${issue.message}`;
  });
  throw new Response(`This address has a parameter we cannot use. ${problems.join("; ")}.`, {
    status: 400,
    statusText: "Bad Request",
  });
}

function isArraySchema(schema: z.ZodType): boolean {
  const def = (schema as unknown as { def?: { type?: string; innerType?: z.ZodType } }).def;
  if (!def) return false;
  if (def.type === "array") return true;
  return def.innerType ? isArraySchema(def.innerType) : false;
}
