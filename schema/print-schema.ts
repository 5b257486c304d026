/**
 * `npm run schema`: writes schema/schema.graphql and schema/possible-types.json from the server's
 * type-graphql classes, and the limits table in docs/integrators.md from server/api/limits.ts.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { INTEGRATORS_DOC, withCurrentLimits } from '../server/api/limits-table.js';
import {
  POSSIBLE_TYPES_FILE,
  SCHEMA_FILE,
  printAftalegrafSchema,
  printPossibleTypes,
} from '../server/api/schema-sdl.js';

fs.writeFileSync(SCHEMA_FILE, await printAftalegrafSchema());
console.log(`wrote ${SCHEMA_FILE}`);
fs.writeFileSync(POSSIBLE_TYPES_FILE, await printPossibleTypes());
console.log(`wrote ${POSSIBLE_TYPES_FILE}`);
const doc = fs.readFileSync(INTEGRATORS_DOC, 'utf8');
fs.writeFileSync(INTEGRATORS_DOC, withCurrentLimits(doc));
console.log('wrote the limits table in docs/integrators.md');
