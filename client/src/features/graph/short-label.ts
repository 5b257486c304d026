/**
 * Labels that fit under a node on the canvas: the documents' names are often sentences ("Vi vil
 * reducere andelen af børn og unge med overvægt …", "Sundhedsaftale 2019-2023: Et nært og
 * sammenhængende …"), and cut at a fixed width three health agreements all read "Sundhedsaftale 2…".
 * A short label keeps what tells a node apart (the years of an agreement, the year of a work plan)
 * and drops what does not (sub-titles, "i Region Midtjylland"). Where two short labels would read
 * alike, the year from the id or the full name tells them apart. The full name stays on hover and
 * in the list.
 */
import type { NodeLabel } from '../../shared/domain.js';

export interface LabelSource {
  id: string;
  label: NodeLabel;
  kind: string;
  name: string;
}

/** About three lines of the canvas's label width. */
export const MAX_LABEL_CHARS = 42;

const YEAR_SPAN = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/;
const YEAR = /(?:19|20)\d{2}/;

/** "2019", "2023" → "2019–23": the en dash of a span, the century once. */
function yearSpan(from: string, to: string): string {
  return from.slice(0, 2) === to.slice(0, 2) ? `${from}–${to.slice(2)}` : `${from}–${to}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts on a word boundary and marks the cut. */
export function clip(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Longest run of letters that fits the label width at the canvas's font size. */
const MAX_WORD_CHARS = 19;

/**
 * Lets a long compound ("Sundhedsstrukturkommissionen") break rather than run into the next
 * column: a zero-width space, where Cytoscape may wrap, after every `MAX_WORD_CHARS` letters (about the column width at the canvas font).
 * (Cytoscape's `text-overflow-wrap: anywhere` does the same for every label, measuring it letter by
 * letter, which doubled the first draw of 1,000 nodes.)
 */
export function breakLongWords(text: string): string {
  return text.replace(new RegExp(`[^\\s]{${MAX_WORD_CHARS + 1},}`, 'gu'), (word) =>
    (word.match(new RegExp(`.{1,${MAX_WORD_CHARS}}`, 'gu')) ?? [word]).join('\u200b'),
  );
}

/** The short form of one name, before collisions are looked at. */
export function shortLabel(node: LabelSource): string {
  const { name, label, kind } = node;
  if (label === 'Agreement' && kind === 'health_agreement') {
    const span = YEAR_SPAN.exec(name);
    if (span?.[1] && span[2]) return `SA ${yearSpan(span[1], span[2])}`;
  }
  if (label === 'WorkPlan') {
    const year = YEAR.exec(name);
    // "Sundhedsstyregruppens arbejdsplan for 2023" is the plan, not the steering group.
    if (year) return `Arbejdsplan ${year[0]}`;
  }
  let text = name
    // Sub-titles after a colon or a dash add words, not identity.
    .replace(/\s+[–-]\s+(med fokus på|også|fælles tilgang).*$/i, '')
    .replace(/:\s.*$/, '')
    .replace(/,?\s+(i|for)\s+Region Midtjylland$/, '')
    .replace(/,\s+Region Midtjylland$/, '');
  if (label === 'Goal') text = capitalise(text.replace(/^Vi vil\s+/i, ''));
  return clip(text.trim().length > 0 ? text.trim() : name);
}

function idYear(id: string): string | null {
  return /(?:^|-)((?:19|20)\d{2})(?:-|$)/.exec(id)?.[1] ?? null;
}

function groupByLabel(nodes: readonly LabelSource[], labels: ReadonlyMap<string, string>): LabelSource[][] {
  const groups = new Map<string, LabelSource[]>();
  for (const node of nodes) {
    const label = labels.get(node.id) ?? node.name;
    const same = groups.get(label);
    if (same) same.push(node);
    else groups.set(label, [node]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Short labels for a set of nodes, by id, no two alike. Where short labels collide: the full
 * names (clipped longer) when they differ ("Patientrettet forebyggelse (regional opgave fra
 * 2027)"); where those still collide, the year in the id ("Lighed i sundhed (2019)"); and as a
 * last resort the id, which is unique.
 */
export function shortLabels(nodes: readonly LabelSource[]): Map<string, string> {
  const short = new Map(nodes.map((node) => [node.id, shortLabel(node)]));
  const labels = new Map(short);
  for (const group of groupByLabel(nodes, labels)) {
    for (const node of group) {
      if (group.filter((other) => other.name === node.name).length === 1) {
        labels.set(node.id, clip(node.name, MAX_LABEL_CHARS + 20));
      }
    }
  }
  for (const group of groupByLabel(nodes, labels)) {
    for (const node of group) {
      const year = idYear(node.id);
      const base = short.get(node.id) ?? node.name;
      labels.set(node.id, year && !base.includes(year) ? `${base} (${year})` : base);
    }
  }
  for (const group of groupByLabel(nodes, labels)) {
    for (const node of group) labels.set(node.id, `${short.get(node.id) ?? node.name} (${node.id})`);
  }
  for (const [id, label] of labels) labels.set(id, breakLongWords(label));
  return labels;
}
