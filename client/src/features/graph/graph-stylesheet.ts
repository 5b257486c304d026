/**
 * The Cytoscape stylesheet, built from `graph-style.ts`. `large` switches to what keeps big
 * graphs moving: straight solid haystack edges without arrows (colour and width still tell the
 * relationship type), and labels only when zoomed in.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../../shared/domain.js';
import {
  CHANGED_HALO,
  FAMILY_STYLES,
  IMPACT_HALOS,
  LABEL_SHAPES,
  PATH_COLOUR,
  RELATION_STYLES,
} from './graph-style.js';

/** Above this many elements (nodes + edges) the canvas runs in performance mode. */
export const LARGE_GRAPH_ELEMENTS = 3000;

/**
 * Labels smaller than this on screen are not drawn: below it they cannot be read anyway, and
 * skipping them is most of what keeps a zoomed-out 1,000-node canvas moving. The tier names and
 * the top of the hierarchy (visions, health agreements, reforms) have larger type, so they stay
 * legible at the zoom that fits the whole complex.
 */
export const MIN_LEGIBLE_FONT_PX = 7;
const BODY_FONT = 11;
const HEADLINE_FONT = 24;

export function buildStylesheet(large: boolean): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 26,
        height: 26,
        label: 'data(name)',
        'font-size': BODY_FONT,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        // Short labels (`short-label.ts`) wrap onto at most three lines inside the column width.
        'text-wrap': 'wrap',
        'text-max-width': '104px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': large ? 10 : MIN_LEGIBLE_FONT_PX,
        'border-color': '#64748b',
        'border-width': 1.5,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.8,
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: 0.85,
      },
    },
  ];
  for (const label of NODE_LABELS) {
    const shape = LABEL_SHAPES[label];
    sheet.push({
      selector: `node[nodeLabel = "${label}"]`,
      // Cytoscape draws a right-leaning rhomboid only as a custom polygon.
      style:
        shape === 'right-rhomboid'
          ? { shape: 'polygon', 'shape-polygon-points': '-0.333 -1 1 -1 0.333 1 -1 1' }
          : { shape },
    });
  }
  for (const family of STATUS_FAMILY_LIST) {
    const style = FAMILY_STYLES[family];
    sheet.push({
      selector: `node[family = "${family}"]`,
      style: {
        'background-color': style.fill,
        'border-color': style.border,
        'border-width': style.borderWidth,
        'border-style': style.borderStyle,
      },
    });
  }
  for (const type of RELATION_TYPES) {
    const style = RELATION_STYLES[type];
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': style.colour,
        'target-arrow-color': style.colour,
        width: style.width,
        // Dashed and dotted strokes cost the 2D canvas about twice a solid line on every frame.
        'line-style': large ? 'solid' : style.lineStyle,
        'target-arrow-shape': large ? 'none' : style.arrow,
      },
    });
  }
  sheet.push(
    {
      selector: 'node[nodeLabel = "Vision"], node[nodeLabel = "NationalReform"]',
      style: {
        width: 40,
        height: 40,
        'font-size': HEADLINE_FONT,
        'font-weight': 'bold',
        'text-max-width': '220px',
      },
    },
    {
      selector: 'node[kind = "health_agreement"], node[kind = "political"]',
      style: {
        width: 90,
        height: 40,
        'font-size': HEADLINE_FONT,
        'font-weight': 'bold',
        'text-max-width': '220px',
      },
    },
    {
      // Kept visible by a filter to explain its matches (what they await, the body that owns them).
      selector: '.context',
      style: { opacity: 0.55, 'font-style': 'italic' },
    },
    {
      selector: 'node:selected, node.selected',
      style: {
        'border-color': '#0f172a',
        'border-width': 4,
        'border-style': 'solid',
        'overlay-color': '#0f172a',
        'overlay-opacity': 0.12,
        'overlay-padding': 6,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: '.focus-root',
      style: { 'border-color': '#0f172a', 'border-width': 4, 'border-style': 'double' },
    },
  );
  for (const [impactClass, colour] of Object.entries(IMPACT_HALOS)) {
    sheet.push({
      selector: `node.impact-${impactClass}`,
      style: {
        'underlay-color': colour,
        'underlay-opacity': 0.55,
        'underlay-padding': 9,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 10,
      },
    });
  }
  sheet.push(
    {
      selector: 'node.impact-changed',
      style: {
        'underlay-color': CHANGED_HALO,
        'underlay-opacity': 0.6,
        'underlay-padding': 11,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 11,
      },
    },
    {
      selector: 'edge.path',
      style: {
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        'line-style': 'solid',
        width: 5,
        opacity: 1,
        'z-index': 30,
      },
    },
    {
      selector: 'node.path',
      style: { 'border-color': PATH_COLOUR, 'border-width': 5, 'border-style': 'solid', 'z-index': 30 },
    },
  );
  return sheet;
}
