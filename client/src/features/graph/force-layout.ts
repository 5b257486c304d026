/**
 * The force-directed alternative (fCoSE), computed in a Web Worker on a headless core so that a
 * big graph never freezes the page. It starts from the layered positions with `randomize: false`,
 * so the same data gives the same picture here too.
 */
import type { Point } from './layered-layout.js';

export interface ForceLayoutRequest {
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface ForceLayoutResponse {
  positions: [string, Point][];
}

/** Runs fCoSE off the main thread; the promise rejects if the worker fails. */
export function computeForceLayout(
  request: ForceLayoutRequest,
  signal: AbortSignal,
): Promise<Map<string, Point>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
    const stop = (): void => worker.terminate();
    signal.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ForceLayoutResponse>) => {
      stop();
      resolve(new Map(event.data.positions));
    });
    worker.addEventListener('error', (event) => {
      stop();
      reject(new Error(`Force layout failed: ${event.message}`));
    });
    worker.postMessage(request);
  });
}
