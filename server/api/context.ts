import { ANONYMOUS, type Actor } from '../auth/actor.js';
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
  /** Who is asking (`Identity.resolveActor`); the auth checker and audit entries read it. */
  actor: Actor;
  /** Staff can sign in here (OIDC is configured): shapes UNAUTHENTICATED messages and `me`. */
  signInAvailable: boolean;
  /** Every write goes through here (STYLE.md rule 13), as `actor`. */
  edit: EditService;
  /**
   * Who is counted by the rate limits: a signed-in user or token by its id, anyone else by the
   * address the request came from.
   */
  clientAddress: string;
}

/**
 * A request's context. `actor` comes from `Identity.resolveActor` (anonymous without role when a
 * caller passes none: never more rights by omission); `signInAvailable` from
 * `Identity.signInAvailable`; `address` is the client's network address.
 */
export function createContext(
  store: GraphStore,
  events: GraphEvents,
  actor: Actor = ANONYMOUS,
  signInAvailable = false,
  address = 'local',
): ApiContext {
  const loaders = createLoaders(store);
  const clientAddress =
    actor.kind === 'user' || actor.kind === 'token' ? `${actor.kind}:${actor.id}` : address;
  return {
    store,
    loaders,
    graph: new GraphService(store, loaders),
    events,
    actor,
    signInAvailable,
    edit: new EditService(store, events, actor),
    clientAddress,
  };
}
