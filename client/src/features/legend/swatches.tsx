/** Small SVG swatches that draw a family colour, a label shape or a relation line like the canvas. */
import type { NodeLabel, RelationType, StatusFamily } from '../../shared/domain.js';
import { FAMILY_STYLES, LABEL_SHAPES, RELATION_STYLES } from '../graph/graph-style.js';
import type { ArrowShape, EdgeStyle } from '../graph/graph-style.js';
import { shapeGeometry } from '../graph/shape-geometry.js';

const DASH = { solid: undefined, dashed: '4 3', dotted: '1.5 2' } as const;

function Shape({
  label,
  fill,
  stroke,
  strokeWidth,
  dash,
}: {
  label: NodeLabel;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}) {
  const geometry = shapeGeometry(LABEL_SHAPES[label]);
  const common = { fill, stroke, strokeWidth, strokeDasharray: dash };
  if (geometry.kind === 'ellipse') return <ellipse cx={10} cy={10} rx={7} ry={7} {...common} />;
  if (geometry.kind === 'rect')
    return <rect x={3} y={3} width={14} height={14} rx={geometry.rounded ? 3 : 0} {...common} />;
  return (
    <polygon points={geometry.points.map(([x, y]) => `${10 + x * 7},${10 + y * 7}`).join(' ')} {...common} />
  );
}

export function FamilySwatch({ family }: { family: StatusFamily }) {
  const style = FAMILY_STYLES[family];
  return (
    <svg className="swatch" width={20} height={20} viewBox="0 0 20 20" aria-hidden="true">
      <circle
        cx={10}
        cy={10}
        r={7}
        fill={style.fill}
        stroke={style.border}
        strokeWidth={Math.min(3, style.borderWidth)}
        strokeDasharray={DASH[style.borderStyle]}
      />
    </svg>
  );
}

export function LabelSwatch({ label }: { label: NodeLabel }) {
  return (
    <svg className="swatch" width={20} height={20} viewBox="0 0 20 20" aria-hidden="true">
      <Shape label={label} fill="#e2e8f0" stroke="#334155" strokeWidth={1.2} />
    </svg>
  );
}

/** The arrow head as the canvas draws it, pointing right, its tip at x = 34. */
function ArrowHead({ arrow, colour }: { arrow: ArrowShape; colour: string }) {
  switch (arrow) {
    case 'none':
      return null;
    case 'square':
      return <rect x={28} y={4} width={6} height={6} fill={colour} />;
    case 'circle':
      return <circle cx={31} cy={7} r={3} fill={colour} />;
    case 'tee':
      return <rect x={32} y={2} width={2} height={10} fill={colour} />;
    case 'vee':
      return <polygon points="26,2 34,7 26,12 29,7" fill={colour} />;
    case 'triangle':
    case 'triangle-backcurve':
      return <polygon points="27,3 34,7 27,11" fill={colour} />;
  }
}

/** A relation line: by type (`RELATION_STYLES`) or a family's style. */
export function RelationSwatch(props: { type: RelationType } | { style: EdgeStyle }) {
  const style = 'type' in props ? RELATION_STYLES[props.type] : props.style;
  return (
    <svg className="swatch swatch-wide" width={36} height={14} viewBox="0 0 36 14" aria-hidden="true">
      <line
        x1={2}
        y1={7}
        x2={style.arrow === 'none' ? 34 : 28}
        y2={7}
        stroke={style.colour}
        strokeWidth={Math.max(1.2, style.width)}
        strokeDasharray={DASH[style.lineStyle]}
      />
      <ArrowHead arrow={style.arrow} colour={style.colour} />
    </svg>
  );
}

export function HaloSwatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width={20} height={20} viewBox="0 0 20 20" aria-hidden="true">
      <circle cx={10} cy={10} r={9} fill={colour} opacity={0.55} />
      <circle cx={10} cy={10} r={5} fill="#ffffff" stroke="#334155" />
    </svg>
  );
}
