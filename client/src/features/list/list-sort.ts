/**
 * Sorting for the list view: Danish collation for names, stable ties by id. Flags sort by their
 * names in the API's order, so nodes with the same flags sit together.
 */
import { FLAG_CODES, type FlagCode } from '../../shared/domain.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { translate } from '../../shared/i18n/dictionary.js';
import type { ListSortKey, SortDirection } from '../../shared/url-state.js';
import type { CanvasNode } from '../graph/graph-elements.js';
import { displayName } from '../graph/graph-elements.js';

/** A node's flags as of the view date, by node id (absent: none, or not loaded yet). */
export type FlagsById = ReadonlyMap<string, readonly FlagCode[]>;

export function sortKeyOf(node: CanvasNode, key: ListSortKey, lang: Lang, flags: FlagsById): string {
  switch (key) {
    case 'flags': {
      const codes = new Set(flags.get(node.id) ?? []);
      return FLAG_CODES.filter((code) => codes.has(code))
        .map((code) => translate(lang, `flags.code.${code}`))
        .join(', ');
    }
    case 'name':
      return displayName(node, lang);
    case 'label':
      return translate(lang, `label.${node.label}`);
    case 'status':
      return node.status ? (lang === 'en' ? node.status.labelEn : node.status.labelDa) : '';
    case 'date':
      return node.status?.date ?? '';
  }
}

export function sortNodes(
  nodes: readonly CanvasNode[],
  key: ListSortKey,
  direction: SortDirection,
  lang: Lang,
  flags: FlagsById = new Map(),
): CanvasNode[] {
  const collator = new Intl.Collator(lang === 'da' ? 'da-DK' : 'en-GB', {
    sensitivity: 'base',
    numeric: true,
  });
  const sign = direction === 'asc' ? 1 : -1;
  return nodes
    .map((node) => ({ node, key: sortKeyOf(node, key, lang, flags) }))
    .sort((a, b) => {
      // Empty values sort last in either direction: a missing date is not "earliest".
      if (a.key === '' && b.key !== '') return 1;
      if (b.key === '' && a.key !== '') return -1;
      return (
        sign * collator.compare(a.key, b.key) || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
      );
    })
    .map(({ node }) => node);
}
