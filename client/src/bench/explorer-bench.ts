/**
 * In-page half of `bench/explorer.bench.ts`: synthetic graphs drawn with the explorer's own
 * renderer options, stylesheet and layered layout, timed from "data arrived" to the first drawn
 * frame, then panned and zoomed for a fixed number of frames. Not part of the app build.
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../shared/domain.js';
import { toEdgeData, toNodeData } from '../features/graph/graph-elements.js';
import type { CanvasEdge, CanvasNode } from '../features/graph/graph-elements.js';
import { LARGE_GRAPH_ELEMENTS, buildStylesheet } from '../features/graph/graph-stylesheet.js';
import { computeLayeredPositions, layeredTiers } from '../features/graph/layered-layout.js';
import { coreOptions } from '../features/graph/use-cytoscape-init.js';
import { fitToPositions, tierGutter } from '../features/graph/use-run-layout.js';
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
      run(elements: number, webgl: boolean, pan: boolean): Promise<BenchResult>;
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

/**
 * About the seed's shape: 1.6 edges per node, mostly pointing up a level; nodes as the API sends
 * them (`CanvasNode`), so that the explorer's own short labels are part of what is timed.
 */
function synthetic(elements: number): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const next = random(elements);
  const nodeCount = Math.round(elements / 2.6);
  const nodes: CanvasNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    label: NODE_LABELS[Math.floor(next() * NODE_LABELS.length)] ?? 'Initiative',
    kind: '',
    nameDa: `Syntetisk knude ${i} med et langt navn om sundhedsaftalens indsats`,
    nameEn: null,
    statusFamily: STATUS_FAMILY_LIST[Math.floor(next() * STATUS_FAMILY_LIST.length)] ?? 'UNKNOWN',
    status: null,
  }));
  const edges: CanvasEdge[] = [];
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

/** Resolves in the next task (a message, not a timer: timers are clamped and throttled). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

let current: Core | null = null;

async function run(elements: number, webgl: boolean, pan: boolean): Promise<BenchResult> {
  current?.destroy();
  const stage = document.getElementById('stage');
  if (!stage) throw new Error('no #stage');
  const { nodes, edges } = synthetic(elements);
  const large = elements > LARGE_GRAPH_ELEMENTS;
  await nextFrame();

  // The data has arrived: from here to a drawn canvas that answers input is what a user waits
  // for. The steps are the app's own (app.tsx, graph-canvas.tsx): element data with short labels,
  // layered positions and tier bands, core, stylesheet, elements, positions, fit.
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string): void => {
    const now = performance.now();
    phases[name] = now - mark;
    mark = now;
  };
  const nodeData = toNodeData(nodes, 'da');
  const edgeData = toEdgeData(edges, new Set(nodes.map((node) => node.id)));
  phase('data');
  const positions = computeLayeredPositions(nodes, edgeData);
  layeredTiers(nodes, positions);
  phase('layout');
  const cy = cytoscape({ container: stage, ...coreOptions({ webgl, large }) });
  current = cy;
  phase('init');
  cy.style(buildStylesheet(large));
  phase('style');
  syncElements(cy, nodeData, edgeData);
  phase('add');
  cy.batch(() =>
    cy.nodes().forEach((node) => void node.position(positions.get(node.id()) ?? { x: 0, y: 0 })),
  );
  phase('place');
  fitToPositions(cy, positions, 40, tierGutter(cy.width()));
  phase('fit');
  // Cytoscape draws in its own animation-frame callback; two frames later the drawing is on
  // screen (the WebGL renderer emits no 'render' event to wait for).
  await nextFrame();
  await nextFrame();
  phase('frames');
  // Interactive: a task queued now runs only when the main thread is free for input again.
  await nextTask();
  const firstDrawMs = performance.now() - started;
  phase('idle');

  // Pan and zoom as a user would: a steady drag with a zoom in and out, one step per frame.
  const frames = pan ? 120 : 0;
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
    layoutMs: phases.layout ?? Number.NaN,
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
