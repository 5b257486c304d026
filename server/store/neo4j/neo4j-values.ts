/**
 * The one place Neo4j driver values become plain JavaScript: `Integer` to `number` (refusing
 * values a double cannot hold exactly), temporal values to their ISO strings, lists and maps
 * recursively. Graph entities never leave a statement (statements return maps), so meeting one
 * here is a bug and throws.
 */
import neo4j from 'neo4j-driver';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return integerToNumber(neo4j.int(value.toString()));
  if (neo4j.isInt(value)) return integerToNumber(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isPath(value) || neo4j.isPoint(value)) {
    throw new TypeError('a graph entity reached the adapter boundary; statements must return maps');
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: PlainValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  throw new TypeError(`unsupported value from Neo4j: ${typeof value}`);
}

function integerToNumber(value: InstanceType<typeof neo4j.Integer>): number {
  if (!neo4j.integer.inSafeRange(value)) {
    throw new RangeError(`Neo4j integer ${value.toString()} is outside JavaScript's safe range`);
  }
  return value.toNumber();
}
