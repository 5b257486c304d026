/** `npm run schema`: writes schema/schema.graphql from the server's type-graphql classes. */
import 'reflect-metadata';
import fs from 'node:fs';
import { SCHEMA_FILE, printAftalegrafSchema } from '../server/api/schema-sdl.js';

fs.writeFileSync(SCHEMA_FILE, await printAftalegrafSchema());
console.log(`wrote ${SCHEMA_FILE}`);
