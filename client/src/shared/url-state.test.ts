import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './url-state.js';
import type { ViewState } from './url-state.js';

const everything: ViewState = {
  node: 'ini-72t-psyk-botilbud',
  labels: ['Agreement', 'Initiative'],
  statuses: ['AWAITING', 'PAUSED'],
  cluster: 'cl-vest',
  body: 'body-ssg',
  awaiting: 'NATIONAL',
  flags: ['STALE_STATUS', 'NO_RESPONSIBLE_BODY'],
  focus: 'up',
  depth: 3,
  focusMode: 'only',
  expand: ['ag-sa-2024-27', 'ini-selvskade'],
  impact: 'nat-2024-kronikerpakker',
  effect: 'WITHDRAWN',
  impactDepth: 3,
  impactView: 'graph',
  impactBody: 'body-ssg',
  impactCluster: 'cl-vest',
  impactItem: 'ini-prioriteringer-2025',
  pathTo: 'body-ssu',
  pathTypes: ['PART_OF', 'AWAITS'],
  asOf: '2023-06-30',
  layout: 'force',
  webgl: true,
  docs: true,
  lang: 'en',
  view: 'list',
  sort: 'date',
  dir: 'desc',
};

describe('URL view state', () => {
  it('round-trips every field', () => {
    expect(parseViewState(serializeViewState(everything))).toStrictEqual(everything);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toStrictEqual(DEFAULT_VIEW);
  });

  it('opens a deep link with only the node selected', () => {
    expect(parseViewState('?node=ini-72t-psyk-botilbud')).toStrictEqual({
      ...DEFAULT_VIEW,
      node: 'ini-72t-psyk-botilbud',
    });
  });

  it('writes lists in canonical order so equal views have equal URLs', () => {
    const a = serializeViewState({
      ...DEFAULT_VIEW,
      labels: ['Initiative', 'Agreement'],
      expand: ['b', 'a'],
    });
    const b = serializeViewState({
      ...DEFAULT_VIEW,
      labels: ['Agreement', 'Initiative'],
      expand: ['a', 'b'],
    });
    expect(a).toBe(b);
    expect(a).toBe('?labels=Agreement,Initiative&expand=a,b');
  });

  it('keeps the impact board and path finding in the link, relation types in canonical order', () => {
    expect(
      serializeViewState({
        ...DEFAULT_VIEW,
        impact: 'nat-2024-96t',
        impactBody: 'body-ssg',
        impactItem: 'reg-72t',
        pathTo: 'body-ssu',
        pathTypes: ['AWAITS', 'PART_OF'],
      }),
    ).toBe(
      '?impact=nat-2024-96t&impactBody=body-ssg&impactItem=reg-72t&pathTo=body-ssu&pathTypes=PART_OF,AWAITS',
    );
    expect(parseViewState('?impact=x&impactView=table&pathTypes=AWAITS,NOPE')).toStrictEqual({
      ...DEFAULT_VIEW,
      impact: 'x',
      pathTypes: ['AWAITS'],
    });
  });

  it('drops what it does not understand instead of failing', () => {
    expect(
      parseViewState(
        '?labels=Initiative,Bogus&status=LATE&awaiting=SOMEDAY&depth=99&asOf=2024-13-01&lang=fr&layout=x&effect=LATER&impactDepth=0',
      ),
    ).toStrictEqual({ ...DEFAULT_VIEW, labels: ['Initiative'], depth: 6, impactDepth: 1 });
  });
});
