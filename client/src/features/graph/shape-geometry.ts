/**
 * Node shapes as SVG geometry in a unit box (-1..1), close to Cytoscape's own: the legend and the
 * SVG export draw the same shapes the canvas does.
 */
import type { NodeShape } from './graph-style.js';

export type ShapeGeometry =
  | { kind: 'ellipse' }
  | { kind: 'rect'; rounded: boolean }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

function regular(sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 1 : 0.42;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

function pairs(flat: readonly number[]): [number, number][] {
  const result: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) result.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return result;
}

export function shapeGeometry(shape: NodeShape): ShapeGeometry {
  switch (shape) {
    case 'ellipse':
      return { kind: 'ellipse' };
    case 'rectangle':
    case 'barrel':
      return { kind: 'rect', rounded: false };
    case 'round-rectangle':
    case 'bottom-round-rectangle':
      return { kind: 'rect', rounded: true };
    case 'cut-rectangle':
      return {
        kind: 'polygon',
        points: pairs([-0.7, -1, 0.7, -1, 1, -0.7, 1, 0.7, 0.7, 1, -0.7, 1, -1, 0.7, -1, -0.7]),
      };
    case 'star':
      return { kind: 'polygon', points: star() };
    case 'diamond':
    case 'round-diamond':
      return { kind: 'polygon', points: pairs([0, -1, 1, 0, 0, 1, -1, 0]) };
    case 'triangle':
    case 'round-triangle':
      return { kind: 'polygon', points: pairs([0, -1, 1, 1, -1, 1]) };
    case 'hexagon':
      return { kind: 'polygon', points: regular(6, 0) };
    case 'pentagon':
      return { kind: 'polygon', points: regular(5) };
    case 'heptagon':
      return { kind: 'polygon', points: regular(7) };
    case 'octagon':
      return { kind: 'polygon', points: regular(8, Math.PI / 8) };
    case 'concave-hexagon':
      return { kind: 'polygon', points: pairs([-1, -0.95, 1, -0.95, 0.75, 0, 1, 0.95, -1, 0.95, -0.75, 0]) };
    case 'tag':
    case 'round-tag':
      return { kind: 'polygon', points: pairs([-1, -1, 0.5, -1, 1, 0, 0.5, 1, -1, 1]) };
    case 'vee':
      return { kind: 'polygon', points: pairs([-1, -1, 0, -0.333, 1, -1, 0, 1]) };
    case 'rhomboid':
      return { kind: 'polygon', points: pairs([-1, -1, 0.333, -1, 1, 1, -0.333, 1]) };
    case 'right-rhomboid':
      return { kind: 'polygon', points: pairs([-0.333, -1, 1, -1, 0.333, 1, -1, 1]) };
  }
}

/** SVG markup for a shape centred at (cx, cy) with half-size r; attributes are passed through. */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, r: number, attributes: string): string {
  const geometry = shapeGeometry(shape);
  const f = (value: number): string => value.toFixed(1);
  switch (geometry.kind) {
    case 'ellipse':
      return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r)}" ry="${f(r)}" ${attributes}/>`;
    case 'rect':
      return `<rect x="${f(cx - r)}" y="${f(cy - r)}" width="${f(2 * r)}" height="${f(2 * r)}"${
        geometry.rounded ? ` rx="${f(r / 3)}"` : ''
      } ${attributes}/>`;
    case 'polygon':
      return `<polygon points="${geometry.points
        .map(([x, y]) => `${f(cx + x * r)},${f(cy + y * r)}`)
        .join(' ')}" ${attributes}/>`;
  }
}
