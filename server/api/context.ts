import { LOCAL_ADMIN, type Actor } from '../auth/actor.js';
import { EditService } from '../edit/edit.service.js';
import type { GraphEvents } from '../events/graph-events.js';
import type { GraphStore } from '../store/graph-store.js';
import { GraphService } from './graph.service.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the store (through services), this request's loaders, and the write bus. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  graph: GraphService;
  /** The app's one `GraphEvents` bus: write services publish on it after commit. */
  events: GraphEvents;
  /** Who is asking: checked by the auth checker, recorded in the audit trail. */
  actor: Actor;
  /** Every write goes through here (STYLE.md rule 13). */
  edit: EditService;
}

export function createContext(
  store: GraphStore,
  events: GraphEvents,
  actor: Actor = LOCAL_ADMIN,
): ApiContext {
  const loaders = createLoaders(store);
  return {
    store,
    loaders,
    graph: new GraphService(store, loaders),
    events,
    actor,
    edit: new EditService(store, events, actor),
  };
}
