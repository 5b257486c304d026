import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSSIBLE_TYPES_FILE, SCHEMA_FILE, printAftalegrafSchema, printPossibleTypes } from './schema-sdl.js';

describe('schema/schema.graphql', () => {
  it('is in sync with the server: run `npm run schema` after changing a type', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printAftalegrafSchema());
  });

  it('publishes the possibleTypes map beside it, in sync: run `npm run schema`', async () => {
    expect(fs.readFileSync(POSSIBLE_TYPES_FILE, 'utf8')).toBe(await printPossibleTypes());
    const { possibleTypes } = JSON.parse(await printPossibleTypes()) as {
      possibleTypes: Record<string, string[]>;
    };
    expect(possibleTypes.NationalNode).toStrictEqual(['NationalPlan', 'NationalReform', 'ReformElement']);
    expect(possibleTypes.Node).toContain('Agreement');
  });
});
