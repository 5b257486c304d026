import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printAftalegrafSchema } from './schema-sdl.js';

describe('schema/schema.graphql', () => {
  it('is in sync with the server: run `npm run schema` after changing a type', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printAftalegrafSchema());
  });
});
