/**
 * The default picture: the agreement complex top-down by level (vision → health agreement →
 * focus area → goal → agreement → initiative → working group → bodies → clusters), with national
 * reforms, plans and regional schemes in their own block to the right.
 *
 * It is a pure function of the nodes and edges (no randomness, ties broken by id), so the same
 * data always gives the same picture, and it is linear enough (one barycentre pass) to place
 * 20,000 elements on the main thread in tens of milliseconds: big layouts are computed, not
 * simulated.
 */
import type { NodeLabel } from '../../shared/domain.js';

export interface LayoutNode {
  id: string;
  label: NodeLabel;
  kind: string;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Which block a node belongs to and its level inside it. */
export interface Placement {
  block: 'main' | 'national';
  level: number;
}

const NATIONAL_LEVELS: Partial<Record<NodeLabel, number>> = {
  NationalReform: 0,
  NationalPlan: 1,
  ReformElement: 2,
  RegionalScheme: 3,
};

const MAIN_LEVELS: { readonly [L in NodeLabel]: number } = {
  Vision: 0,
  Agreement: 4,
  FocusArea: 2,
  Goal: 3,
  Initiative: 5,
  Artifact: 5,
  WorkPlan: 4,
  Plan: 4,
  WorkingGroup: 6,
  Body: 7,
  Organisation: 7,
  Task: 7,
  Cluster: 8,
  Hospital: 9,
  Municipality: 9,
  Region: 9,
  SourceDocument: 10,
  NationalReform: 0,
  NationalPlan: 0,
  ReformElement: 0,
  RegionalScheme: 0,
};

/** Agreement kinds that sit above the focus areas: the political agreement and the SA itself. */
const TOP_AGREEMENT_KINDS: Readonly<Record<string, number>> = { political: 0, health_agreement: 1 };

export function placementOf(node: Pick<LayoutNode, 'label' | 'kind'>): Placement {
  const national = NATIONAL_LEVELS[node.label];
  if (national !== undefined) return { block: 'national', level: national };
  if (node.label === 'Agreement') {
    const top = TOP_AGREEMENT_KINDS[node.kind];
    if (top !== undefined) return { block: 'main', level: top };
  }
  return { block: 'main', level: MAIN_LEVELS[node.label] };
}

export const SPACING = { x: 116, wideX: 240, row: 78, level: 150, blockGap: 320 } as const;

/**
 * Column width of a level: the top of each block (visions, the health agreements, the reforms)
 * is drawn with headline labels, which need about two columns.
 */
function columnWidth(block: Placement['block'], level: number): number {
  return (block === 'main' && level <= 1) || (block === 'national' && level === 0)
    ? SPACING.wideX
    : SPACING.x;
}

function blockSize(levelSizes: readonly number[], perRow: number): { width: number; height: number } {
  let height = 0;
  let widest = 1;
  for (const size of levelSizes) {
    const rows = Math.ceil(size / perRow);
    height += (rows - 1) * SPACING.row + SPACING.level;
    widest = Math.max(widest, Math.min(size, perRow));
  }
  return { width: widest * SPACING.x, height };
}

function bestRowLength(levelSizes: readonly number[], aspect: number): number {
  const largest = Math.max(1, ...levelSizes);
  let best = largest;
  let bestError = Number.POSITIVE_INFINITY;
  for (let perRow = Math.min(4, largest); perRow <= largest; perRow += perRow < 64 ? 1 : 8) {
    const { width, height } = blockSize(levelSizes, perRow);
    const error = Math.abs(Math.log(width / Math.max(1, height) / aspect));
    if (error < bestError) {
      bestError = error;
      best = perRow;
    }
  }
  return best;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface BlockResult {
  positions: Map<string, Point>;
  minX: number;
  maxX: number;
}

function layoutBlock(
  block: Placement['block'],
  levels: Map<number, string[]>,
  neighbours: Map<string, string[]>,
  maxPerRow: number,
): BlockResult {
  const positions = new Map<string, Point>();
  /** Position along the row, normalised to 0..1, of every node placed so far. */
  const order = new Map<string, number>();
  let y = 0;
  let minX = 0;
  let maxX = 0;
  const levelNumbers = [...levels.keys()].sort((a, b) => a - b);
  for (const level of levelNumbers) {
    const ids = levels.get(level) ?? [];
    const keyed = ids.map((id) => {
      let sum = 0;
      let count = 0;
      for (const other of neighbours.get(id) ?? []) {
        const at = order.get(other);
        if (at !== undefined) {
          sum += at;
          count += 1;
        }
      }
      // Unattached nodes go last, in id order, so they do not scatter the attached ones.
      return { id, bary: count > 0 ? sum / count : 2 };
    });
    keyed.sort((a, b) => a.bary - b.bary || compareIds(a.id, b.id));
    const step = columnWidth(block, level);
    const perRow = Math.min(Math.max(1, Math.round((maxPerRow * SPACING.x) / step)), keyed.length);
    const rows = Math.ceil(keyed.length / Math.max(1, perRow));
    keyed.forEach(({ id }, index) => {
      const row = Math.floor(index / perRow);
      const inRow = row === rows - 1 ? keyed.length - row * perRow : perRow;
      const column = index - row * perRow;
      // Stagger alternate rows by half a step so that wrapped rows do not hide edges.
      const stagger = row % 2 === 1 ? step / 2 : 0;
      const x = (column - (inRow - 1) / 2) * step + stagger;
      positions.set(id, { x, y: y + row * SPACING.row });
      order.set(id, keyed.length > 1 ? index / (keyed.length - 1) : 0.5);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    });
    y += (rows - 1) * SPACING.row + SPACING.level;
  }
  return { positions, minX, maxX };
}

/** Positions for every node, keyed by id. */
export function computeLayeredPositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, Point> {
  const present = new Set(nodes.map((node) => node.id));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (!present.has(edge.source) || !present.has(edge.target) || edge.source === edge.target) continue;
    const a = neighbours.get(edge.source);
    if (a) a.push(edge.target);
    else neighbours.set(edge.source, [edge.target]);
    const b = neighbours.get(edge.target);
    if (b) b.push(edge.source);
    else neighbours.set(edge.target, [edge.source]);
  }

  const main = new Map<number, string[]>();
  const national = new Map<number, string[]>();
  for (const node of nodes) {
    const { block, level } = placementOf(node);
    const levels = block === 'main' ? main : national;
    const list = levels.get(level);
    if (list) list.push(node.id);
    else levels.set(level, [node.id]);
  }

  // Wide levels wrap into rows; row lengths are chosen so that the main block and the narrower
  // national block beside it together come out about as wide as a landscape screen.
  const mainResult = layoutBlock(
    'main',
    main,
    neighbours,
    bestRowLength(
      [...main.values()].map((ids) => ids.length),
      1.15,
    ),
  );
  const nationalResult = layoutBlock(
    'national',
    national,
    neighbours,
    bestRowLength(
      [...national.values()].map((ids) => ids.length),
      0.4,
    ),
  );

  const positions = new Map(mainResult.positions);
  const shift = mainResult.maxX + SPACING.blockGap - nationalResult.minX;
  for (const [id, point] of nationalResult.positions) positions.set(id, { x: point.x + shift, y: point.y });
  return positions;
}

/** A named band of the layered picture: one level of the main block, or the national block. */
export type TierKey =
  | 'visions'
  | 'healthAgreements'
  | 'focusAreas'
  | 'goals'
  | 'agreements'
  | 'initiatives'
  | 'workingGroups'
  | 'bodies'
  | 'clusters'
  | 'places'
  | 'sources'
  | 'national';

const MAIN_TIERS: readonly TierKey[] = [
  'visions',
  'healthAgreements',
  'focusAreas',
  'goals',
  'agreements',
  'initiatives',
  'workingGroups',
  'bodies',
  'clusters',
  'places',
  'sources',
];

export interface TierBand {
  key: TierKey;
  /** Model coordinates of the band's nodes (centres). */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The bands that hold at least one of `nodes`, top to bottom, the national block last. */
export function layeredTiers(
  nodes: readonly LayoutNode[],
  positions: ReadonlyMap<string, Point>,
): TierBand[] {
  const bands = new Map<TierKey, TierBand>();
  for (const node of nodes) {
    const point = positions.get(node.id);
    if (!point) continue;
    const { block, level } = placementOf(node);
    const key = block === 'national' ? 'national' : (MAIN_TIERS[level] ?? 'sources');
    const band = bands.get(key);
    if (!band) bands.set(key, { key, top: point.y, bottom: point.y, left: point.x, right: point.x });
    else {
      band.top = Math.min(band.top, point.y);
      band.bottom = Math.max(band.bottom, point.y);
      band.left = Math.min(band.left, point.x);
      band.right = Math.max(band.right, point.x);
    }
  }
  return [...MAIN_TIERS, 'national' as const].flatMap((key) => bands.get(key) ?? []);
}
