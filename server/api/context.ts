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
  /** Who is asking, as far as rate limits go: the client's address. */
  clientAddress: string;
}

export function createContext(store: GraphStore, events: GraphEvents, clientAddress = 'local'): ApiContext {
  const loaders = createLoaders(store);
  return { store, loaders, graph: new GraphService(store, loaders, events), events, clientAddress };
}
