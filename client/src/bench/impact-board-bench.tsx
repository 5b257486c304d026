/**
 * In-page half of the impact board's benchmark (`bench/explorer.bench.ts`): the board for a
 * synthetic change with `size` results, timed from "the analysis arrived" (model built from the
 * query's data) to the first drawn frame, with the explorer's own CSS. Not part of the app build.
 */
import { ApolloProvider } from '@apollo/client/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { createApolloClient } from '../app/apollo-client.js';
import { ImpactBoard } from '../features/impact/impact-board.js';
import { syntheticImpact } from '../features/impact/impact-fixture.js';
import { buildImpactModel } from '../features/impact/impact-model.js';
import '../app/app.css';

export interface BoardBenchResult {
  results: number;
  /** Model built, board rendered and committed, two frames later: on screen. */
  drawMs: number;
  modelMs: number;
  renderMs: number;
  cards: number;
}

declare global {
  interface Window {
    __boardBench?: { run(size: number): Promise<BoardBenchResult> };
  }
}

const client = createApolloClient('/graphql-unused');
let root: Root | null = null;

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(size: number): Promise<BoardBenchResult> {
  root?.unmount();
  const stage = document.getElementById('board-stage');
  if (!stage) throw new Error('no #board-stage');
  stage.replaceChildren();
  root = createRoot(stage);
  const data = syntheticImpact(size);
  await nextFrame();
  const started = performance.now();
  const model = buildImpactModel(data, 'nat-2024-96t', 'da');
  const modelMs = performance.now() - started;
  const request = { nodeId: 'nat-2024-96t', effect: 'LANDS' as const, maxDepth: 1, asOf: null };
  flushSync(() => {
    root?.render(
      <ApolloProvider client={client}>
        <ImpactBoard
          changeId="nat-2024-96t"
          request={request}
          model={model}
          loading={false}
          error={false}
          onRetry={() => {}}
        />
      </ApolloProvider>,
    );
  });
  const renderMs = performance.now() - started - modelMs;
  // Layout and paint happen in the next frames; two frames later the board is on screen.
  await nextFrame();
  await nextFrame();
  const drawMs = performance.now() - started;
  return { results: size, drawMs, modelMs, renderMs, cards: stage.querySelectorAll('.result-card').length };
}

window.__boardBench = { run };
