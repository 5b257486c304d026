/**
 * In-page half of `bench/explorer.bench.ts`: synthetic graphs drawn with the explorer's own
 * renderer options, stylesheet and layered layout, timed from "data arrived" to the first drawn
 * frame, then panned and zoomed for a fixed number of frames. Not part of the app build.
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../shared/domain.js';
import type { EdgeElementData, NodeElementData } from '../features/graph/graph-elements.js';
import { LARGE_GRAPH_ELEMENTS, buildStylesheet } from '../features/graph/graph-stylesheet.js';
import { computeLayeredPositions } from '../features/graph/layered-layout.js';
import { coreOptions } from '../features/graph/use-cytoscape-init.js';
import { fitToPositions } from '../features/graph/use-run-layout.js';
import { syncElements } from '../features/graph/use-sync-elements.js';

export interface BenchResult {
  elements: number;
  nodes: number;
  edges: number;
  webgl: boolean;
  large: boolean;
  layoutMs: number;
  firstDrawMs: number;
  frames: number;
  meanFrameMs: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  fps: number;
  phases: Record<string, number>;
}

/** Frame times while the benchmark driver drags the canvas with the real mouse. */
export interface DragResult {
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  fps: number;
}

declare global {
  interface Window {
    __bench?: {
      run(elements: number, webgl: boolean): Promise<BenchResult>;
      startFrames(): void;
      stopFrames(): DragResult;
    };
  }
}

/** A small deterministic PRNG (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About the seed's shape: 1.6 edges per node, mostly pointing up a level. */
function synthetic(elements: number): { nodes: NodeElementData[]; edges: EdgeElementData[] } {
  const next = random(elements);
  const nodeCount = Math.round(elements / 2.6);
  const nodes: NodeElementData[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    name: `Syntetisk knude ${i}`,
    fullName: `Syntetisk knude ${i} med et langt navn`,
    nodeLabel: NODE_LABELS[Math.floor(next() * NODE_LABELS.length)] ?? 'Initiative',
    kind: '',
    family: STATUS_FAMILY_LIST[Math.floor(next() * STATUS_FAMILY_LIST.length)] ?? 'UNKNOWN',
  }));
  const edges: EdgeElementData[] = [];
  for (let i = 0; edges.length < elements - nodeCount; i += 1) {
    const source = 1 + (i % (nodeCount - 1));
    const target = Math.floor(next() * source);
    const type = RELATION_TYPES[Math.floor(next() * RELATION_TYPES.length)] ?? 'PART_OF';
    edges.push({ id: `e${i}`, source: `n${source}`, target: `n${target}`, type });
  }
  return { nodes, edges };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

let current: Core | null = null;

async function run(elements: number, webgl: boolean): Promise<BenchResult> {
  current?.destroy();
  const stage = document.getElementById('stage');
  if (!stage) throw new Error('no #stage');
  const { nodes, edges } = synthetic(elements);
  const large = elements > LARGE_GRAPH_ELEMENTS;
  await nextFrame();

  // The data has arrived: from here to the first frame on screen is what a user waits for.
  const started = performance.now();
  const positions = computeLayeredPositions(
    nodes.map((node) => ({ id: node.id, label: node.nodeLabel, kind: '' })),
    edges,
  );
  const layoutMs = performance.now() - started;
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    phases[name] = now - mark;
    mark = now;
  };
  const cy = cytoscape({ container: stage, ...coreOptions({ webgl, large }) });
  current = cy;
  phase('init');
  cy.style(buildStylesheet(large));
  phase('style');
  syncElements(cy, nodes, edges);
  phase('add');
  cy.batch(() =>
    cy.nodes().forEach((node) => void node.position(positions.get(node.id()) ?? { x: 0, y: 0 })),
  );
  phase('place');
  fitToPositions(cy, positions);
  phase('fit');
  // Cytoscape draws in its own animation-frame callback; two frames later the drawing is on
  // screen (the WebGL renderer emits no 'render' event to wait for).
  await nextFrame();
  await nextFrame();
  const firstDrawMs = performance.now() - started;
  phase('frames');

  // Pan and zoom as a user would: a steady drag with a zoom in and out, one step per frame.
  const frames = 120;
  const budget = performance.now() + 20_000;
  const times: number[] = [];
  let last = await nextFrame();
  const zoom = cy.zoom();
  // Bounded in time too: software WebGL can take seconds per frame.
  for (let i = 0; i < frames && performance.now() < budget; i += 1) {
    cy.panBy({ x: i < frames / 2 ? 6 : -6, y: 3 * Math.sin(i / 10) });
    cy.zoom({
      level: zoom * (1 + 0.5 * Math.sin((i / frames) * Math.PI)),
      renderedPosition: { x: 400, y: 300 },
    });
    const now = await nextFrame();
    times.push(now - last);
    last = now;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const meanFrameMs = times.reduce((sum, t) => sum + t, 0) / times.length;
  return {
    elements,
    nodes: nodes.length,
    edges: edges.length,
    webgl,
    large,
    layoutMs,
    firstDrawMs,
    frames: times.length,
    meanFrameMs,
    p50FrameMs: percentile(sorted, 0.5),
    p95FrameMs: percentile(sorted, 0.95),
    maxFrameMs: sorted[sorted.length - 1] ?? Number.NaN,
    fps: 1000 / meanFrameMs,
    phases,
  };
}

let recording: { times: number[]; last: number; stop: boolean } | null = null;

/** Records frame times until `stopFrames`, while the driver moves the mouse (a user's drag). */
function startFrames(): void {
  const record = { times: [] as number[], last: performance.now(), stop: false };
  recording = record;
  const tick = (now: number): void => {
    if (record.stop) return;
    record.times.push(now - record.last);
    record.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): DragResult {
  const record = recording;
  if (!record) throw new Error('startFrames was not called');
  record.stop = true;
  recording = null;
  const times = record.times.slice(1);
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  return {
    frames: times.length,
    p50FrameMs: percentile(sorted, 0.5),
    p95FrameMs: percentile(sorted, 0.95),
    fps: 1000 / mean,
  };
}

window.__bench = { run, startFrames, stopFrames };
