import type { GraphStore } from '../store/graph-store.js';
import { GraphService } from './graph.service.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the store (through services) and this request's loaders. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  graph: GraphService;
}

export function createContext(store: GraphStore): ApiContext {
  const loaders = createLoaders(store);
  return { store, loaders, graph: new GraphService(store, loaders) };
}
