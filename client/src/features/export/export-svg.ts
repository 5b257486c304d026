/**
 * A small SVG serializer for the current view: node shapes, colours, labels and edge lines from
 * the canvas's own positions and style tables. No extra package: `cytoscape-svg` is unmaintained,
 * and this covers what a memo needs.
 */
import type { Core } from 'cytoscape';
import type { NodeLabel, RelationType, StatusFamily } from '../../shared/domain.js';
import { FAMILY_STYLES, LABEL_SHAPES, PATH_COLOUR, RELATION_STYLES } from '../graph/graph-style.js';
import { shapeSvg } from '../graph/shape-geometry.js';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  name: string;
  label: NodeLabel;
  family: StatusFamily;
  dimmed: boolean;
}

export interface SvgEdge {
  source: { x: number; y: number };
  target: { x: number; y: number };
  type: RelationType;
  dimmed: boolean;
  path: boolean;
}

const NODE_RADIUS = 13;
const DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="1.5 3"' } as const;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

export function renderSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string): string {
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const pad = 80;
  const minX = (nodes.length > 0 ? Math.min(...xs) : 0) - pad;
  const minY = (nodes.length > 0 ? Math.min(...ys) : 0) - pad;
  const width = (nodes.length > 0 ? Math.max(...xs) : 0) + pad - minX;
  const height = (nodes.length > 0 ? Math.max(...ys) : 0) + pad - minY;
  const f = (value: number): string => value.toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(
      width,
    )}" height="${f(height)}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>`,
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
  for (const edge of edges) {
    const style = RELATION_STYLES[edge.type];
    const dx = edge.target.x - edge.source.x;
    const dy = edge.target.y - edge.source.y;
    const length = Math.hypot(dx, dy) || 1;
    // Stop at the node's rim so that the arrow head stays visible.
    const tx = edge.target.x - (dx / length) * NODE_RADIUS;
    const ty = edge.target.y - (dy / length) * NODE_RADIUS;
    const colour = edge.path ? PATH_COLOUR : style.colour;
    parts.push(
      `<line x1="${f(edge.source.x)}" y1="${f(edge.source.y)}" x2="${f(tx)}" y2="${f(ty)}" stroke="${colour}" stroke-width="${
        edge.path ? 5 : style.width
      }"${edge.path ? '' : DASH[style.lineStyle]}${style.arrow === 'none' ? '' : ' marker-end="url(#arrow)"'}${
        edge.dimmed ? ' opacity="0.12"' : ''
      }/>`,
    );
  }
  parts.push('</g>', '<g class="nodes">');
  for (const node of nodes) {
    const family = FAMILY_STYLES[node.family];
    const attributes = `fill="${family.fill}" stroke="${family.border}" stroke-width="${family.borderWidth}"${
      DASH[family.borderStyle]
    }`;
    parts.push(
      `<g${node.dimmed ? ' opacity="0.12"' : ''}><title>${escapeXml(node.id)}</title>${shapeSvg(
        LABEL_SHAPES[node.label],
        node.x,
        node.y,
        NODE_RADIUS,
        attributes,
      )}<text x="${f(node.x)}" y="${f(node.y + NODE_RADIUS + 11)}" font-size="9" text-anchor="middle" fill="#0f172a" stroke="#ffffff" stroke-width="2" paint-order="stroke">${escapeXml(
        node.name.length > 40 ? `${node.name.slice(0, 39)}…` : node.name,
      )}</text></g>`,
    );
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}

/** Reads the drawn view off the core: positions, data and decoration classes. */
export function svgFromCore(cy: Core, title: string): string {
  const nodes: SvgNode[] = cy.nodes().map((node) => ({
    id: node.id(),
    ...node.position(),
    name: String(node.data('name')),
    label: node.data('nodeLabel'),
    family: node.data('family'),
    dimmed: node.hasClass('dimmed'),
  }));
  const edges: SvgEdge[] = cy.edges().map((edge) => ({
    source: edge.source().position(),
    target: edge.target().position(),
    type: edge.data('type'),
    dimmed: edge.hasClass('dimmed'),
    path: edge.hasClass('path'),
  }));
  return renderSvg(nodes, edges, title);
}
