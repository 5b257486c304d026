/**
 * What is on screen as a picture for a memo (issue 13 §6): the canvas's current viewport (not
 * the whole graph) at screen scale, so labels stay as legible as they were, with a title band
 * (title, date, as-of date) above and a legend below of the colours, shapes and lines in view.
 * A small serializer of our own: `cytoscape-svg` is unmaintained, and this reads the canvas's
 * own style tables so the picture and the canvas cannot disagree. The PNG is this SVG rasterised.
 */
import type { Core } from 'cytoscape';
import type { NodeLabel, RelationType, StatusFamily } from '../../shared/domain.js';
import { FAMILY_STYLES, LABEL_SHAPES, PATH_COLOUR, RELATION_STYLES } from '../graph/graph-style.js';
import { shapeSvg } from '../graph/shape-geometry.js';

export interface SvgNode {
  id: string;
  /** Rendered (screen) position within the viewport. */
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

export interface SvgLegend {
  /** Status family → its words, for the families in view. */
  family: (family: StatusFamily) => string;
  label: (label: NodeLabel) => string;
  relation: (type: RelationType) => string;
  /** Headings of the three legend rows. */
  headings: { colours: string; shapes: string; lines: string };
}

export interface SvgView {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  width: number;
  height: number;
  /** Node radius on screen (the canvas's size at the current zoom). */
  radius: number;
  /** Labels are drawn when the canvas would show them legibly. */
  labels: boolean;
  title: string;
  subtitle: string;
  legend: SvgLegend;
}

const HEADER = 64;
const LABEL_FONT = 12;
const LEGEND_FONT = 12;
const LEGEND_ROW = 22;
const DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="1.5 3"' } as const;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const f = (value: number): string => value.toFixed(1);

/** Roughly how wide a line of text is at `size` px (system sans-serif averages ~0.55 em). */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

interface LegendItem {
  draw: (x: number, y: number) => string;
  text: string;
}

/** Legend items laid out in rows that wrap at `width`; returns the SVG and its height. */
function legendBlock(
  rows: { heading: string; items: LegendItem[] }[],
  top: number,
  width: number,
): [string, number] {
  const parts: string[] = [];
  let y = top + 18;
  for (const row of rows) {
    if (row.items.length === 0) continue;
    parts.push(
      `<text x="16" y="${f(y)}" font-size="${LEGEND_FONT}" font-weight="600" fill="#334155">${escapeXml(row.heading)}</text>`,
    );
    let x = 16 + textWidth(row.heading, LEGEND_FONT) + 16;
    for (const item of row.items) {
      const itemWidth = 22 + textWidth(item.text, LEGEND_FONT) + 18;
      if (x + itemWidth > width - 16 && x > 160) {
        x = 160;
        y += LEGEND_ROW;
      }
      parts.push(item.draw(x, y - 4));
      parts.push(
        `<text x="${f(x + 22)}" y="${f(y)}" font-size="${LEGEND_FONT}" fill="#0f172a">${escapeXml(item.text)}</text>`,
      );
      x += itemWidth;
    }
    y += LEGEND_ROW + 4;
  }
  return [parts.join('\n'), y - top];
}

export function renderViewSvg(view: SvgView): string {
  const { nodes, edges, width, radius, legend } = view;
  const families = [...new Set(nodes.map((node) => node.family))];
  const labels = [...new Set(nodes.map((node) => node.label))];
  const types = [...new Set(edges.map((edge) => edge.type))];
  const legendTop = HEADER + view.height;
  const [legendSvg, legendHeight] = legendBlock(
    [
      {
        heading: legend.headings.colours,
        items: families.map((family) => ({
          text: legend.family(family),
          draw: (x, y) => {
            const style = FAMILY_STYLES[family];
            return `<circle cx="${f(x + 8)}" cy="${f(y)}" r="7" fill="${style.fill}" stroke="${style.border}" stroke-width="1.5"/>`;
          },
        })),
      },
      {
        heading: legend.headings.shapes,
        items: labels.map((label) => ({
          text: legend.label(label),
          draw: (x, y) =>
            shapeSvg(LABEL_SHAPES[label], x + 8, y, 7, 'fill="#e2e8f0" stroke="#334155" stroke-width="1.2"'),
        })),
      },
      {
        heading: legend.headings.lines,
        items: types.map((type) => ({
          text: legend.relation(type),
          draw: (x, y) => {
            const style = RELATION_STYLES[type];
            return `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + 18)}" y2="${f(y)}" stroke="${style.colour}" stroke-width="${Math.max(1.5, style.width)}"${DASH[style.lineStyle]}/>`;
          },
        })),
      },
    ],
    legendTop,
    width,
  );
  const totalHeight = legendTop + legendHeight + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(width)} ${f(totalHeight)}" width="${f(width)}" height="${f(
      totalHeight,
    )}" font-family="system-ui, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title>${escapeXml(view.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker><clipPath id="viewport"><rect x="0" y="${HEADER}" width="${f(width)}" height="${f(view.height)}"/></clipPath></defs>`,
    `<rect x="0" y="0" width="${f(width)}" height="${f(totalHeight)}" fill="#ffffff"/>`,
    `<g class="header"><text x="16" y="28" font-size="20" font-weight="700" fill="#0f172a">${escapeXml(view.title)}</text>`,
    `<text x="16" y="50" font-size="13" fill="#475569">${escapeXml(view.subtitle)}</text>`,
    `<line x1="0" y1="${HEADER - 0.5}" x2="${f(width)}" y2="${HEADER - 0.5}" stroke="#e2e8f0"/></g>`,
    `<g class="view" clip-path="url(#viewport)" transform="translate(0 ${HEADER})">`,
    '<g class="edges">',
  ];
  for (const edge of edges) {
    const style = RELATION_STYLES[edge.type];
    const dx = edge.target.x - edge.source.x;
    const dy = edge.target.y - edge.source.y;
    const length = Math.hypot(dx, dy) || 1;
    // Stop at the node's rim so that the arrow head stays visible.
    const tx = edge.target.x - (dx / length) * radius;
    const ty = edge.target.y - (dy / length) * radius;
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
    const name = node.name.length > 42 ? `${node.name.slice(0, 41)}…` : node.name;
    parts.push(
      `<g${node.dimmed ? ' opacity="0.12"' : ''}><title>${escapeXml(node.name)}</title>${shapeSvg(
        LABEL_SHAPES[node.label],
        node.x,
        node.y,
        radius,
        attributes,
      )}${
        view.labels
          ? `<text x="${f(node.x)}" y="${f(node.y + radius + LABEL_FONT + 2)}" font-size="${LABEL_FONT}" text-anchor="middle" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(name)}</text>`
          : ''
      }</g>`,
    );
  }
  parts.push('</g>', '</g>', `<g class="legend">${legendSvg}</g>`, '</svg>');
  return parts.join('\n');
}

export interface ViewMeta {
  title: string;
  subtitle: string;
  legend: SvgLegend;
}

/** Node size on the canvas in model units (the stylesheet's width), for the rendered radius. */
const MODEL_RADIUS = 13;

/** Reads what is in the canvas's viewport: rendered positions, data and decoration classes. */
export function viewFromCore(cy: Core, meta: ViewMeta): SvgView {
  const width = cy.width();
  const height = cy.height();
  const zoom = cy.zoom();
  const radius = Math.max(4, MODEL_RADIUS * zoom);
  const inView = (p: { x: number; y: number }): boolean =>
    p.x >= -radius && p.x <= width + radius && p.y >= -radius && p.y <= height + radius;
  const nodes: SvgNode[] = cy
    .nodes()
    .map((node) => ({
      id: node.id(),
      ...node.renderedPosition(),
      name: String(node.data('name')),
      label: node.data('nodeLabel') as NodeLabel,
      family: node.data('family') as StatusFamily,
      dimmed: node.hasClass('dimmed'),
      visible: node.visible(),
    }))
    .filter((node) => node.visible && inView(node))
    .map(({ visible: _visible, ...node }) => node);
  const ids = new Set(nodes.map((node) => node.id));
  const edges: SvgEdge[] = cy
    .edges()
    .map((edge) => ({
      sourceId: edge.source().id(),
      targetId: edge.target().id(),
      source: edge.source().renderedPosition(),
      target: edge.target().renderedPosition(),
      type: edge.data('type') as RelationType,
      dimmed: edge.hasClass('dimmed'),
      path: edge.hasClass('path'),
      visible: edge.visible(),
    }))
    .filter((edge) => edge.visible && (ids.has(edge.sourceId) || ids.has(edge.targetId)))
    .map(({ visible: _visible, sourceId: _s, targetId: _t, ...edge }) => edge);
  // Below this zoom the canvas's own labels would collide; the picture follows the canvas.
  const labels = zoom >= 0.55 || nodes.length <= 40;
  return { nodes, edges, width, height, radius, labels, ...meta };
}

/** The SVG rasterised at `scale` (2 for print), as a PNG blob. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the picture on.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
