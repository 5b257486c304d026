import fs from 'node:fs';
import { expect, it } from 'vitest';
import { INTEGRATORS_DOC, documentedLimits, limitsTable } from '../../server/api/limits-table.js';

it('docs/integrators.md shows the limits the server enforces: run `npm run schema` after changing limits.ts', () => {
  expect(documentedLimits(fs.readFileSync(INTEGRATORS_DOC, 'utf8'))).toBe(limitsTable());
});
