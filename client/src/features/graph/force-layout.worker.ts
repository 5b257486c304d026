/** Worker side of `force-layout.ts`: fCoSE on a headless Cytoscape core. */
import cytoscape from 'cytoscape';
import type { BaseLayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ForceLayoutRequest, ForceLayoutResponse } from './force-layout.js';

cytoscape.use(fcose);

interface FcoseOptions extends BaseLayoutOptions {
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  nodeRepulsion: number;
  idealEdgeLength: number;
  numIter: number;
  packComponents: boolean;
}

self.addEventListener('message', (event: MessageEvent<ForceLayoutRequest>) => {
  const { nodes, edges } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Without 'preset' the core's default null layout would put every node at (0, 0) and fCoSE
    // would start from a point instead of from the layered picture.
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 26, height: 26 } }],
    elements: [
      ...nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id },
        position: { x: node.x, y: node.y },
      })),
      ...edges.map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.id, source: edge.source, target: edge.target },
      })),
    ],
  });
  const options: FcoseOptions = {
    name: 'fcose',
    quality: nodes.length > 3000 ? 'draft' : 'default',
    randomize: false,
    animate: false,
    fit: false,
    nodeRepulsion: 12000,
    idealEdgeLength: 130,
    numIter: 2500,
    packComponents: true,
  };
  cy.layout(options).run();
  const response: ForceLayoutResponse = {
    positions: cy.nodes().map((node) => [node.id(), { ...node.position() }]),
  };
  cy.destroy();
  self.postMessage(response);
});
