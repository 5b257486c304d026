/** `npm run schema`: writes schema/schema.graphql and schema/possible-types.json from the server's type-graphql classes. */
import 'reflect-metadata';
import fs from 'node:fs';
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
