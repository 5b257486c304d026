/**
 * The open impact analysis (from the URL) as a model: the query (kept in the Apollo cache) and
 * the board's reading of it in the current language.
 */
import { useMemo } from 'react';
import { useImpact } from '../../api/get-impact.js';
import type { ImpactRequest } from '../../api/get-impact.js';
import type { ViewState } from '../../shared/url-state.js';
import type { Lang } from '../../shared/i18n/dictionary.js';
import { buildImpactModel } from './impact-model.js';
import type { ImpactModel } from './impact-model.js';

export interface ImpactModelState {
  request: ImpactRequest | null;
  model: ImpactModel | null;
  loading: boolean;
  error: boolean;
  refetch: () => void;
}

export function useImpactModel(view: ViewState, lang: Lang): ImpactModelState {
  const { impact, effect, impactDepth, asOf } = view;
  const request = useMemo(
    () => (impact ? { nodeId: impact, effect, maxDepth: impactDepth, asOf } : null),
    [impact, effect, impactDepth, asOf],
  );
  const query = useImpact(request);
  const data = query.data ?? query.previousData;
  const model = useMemo(
    () => (request && data ? buildImpactModel(data.impact, request.nodeId, lang) : null),
    [data, request, lang],
  );
  return {
    request,
    model,
    loading: query.loading,
    error: query.error !== undefined,
    refetch: () => void query.refetch(),
  };
}
