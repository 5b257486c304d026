import { SqliteGraphStore } from '../../server/store/sqlite/sqlite-graph-store.js';
import { describeChangesExactness } from './changes-exactness.js';

describeChangesExactness('sqlite', async () => SqliteGraphStore.open(':memory:'));
