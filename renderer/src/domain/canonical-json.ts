/** Deterministic JSON for hashing: the same content always gives the same text. */

function encode(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Dates and the like: as JSON.stringify would write them.
    return encode((value as { toJSON: () => unknown }).toJSON());
  }
  // Strings, finite numbers, booleans, null; NaN and Infinity become null, bigint throws.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => encode(item) ?? 'null').join(',')}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const encoded = encode((value as Record<string, unknown>)[key]);
    if (encoded !== undefined) parts.push(`${JSON.stringify(key)}:${encoded}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Deterministic JSON: object keys sorted (recursively), arrays in order, undefined
 * properties left out, no whitespace. The same content always gives the same text, whatever
 * order its keys were written in. A bare undefined encodes as `null`.
 */
export function canonicalJson(value: unknown): string {
  return encode(value) ?? 'null';
}
