/**
 * Export what is on screen as a picture (PNG, SVG: the viewport with title, date and legend) and
 * the visible elements as data (CSV for Danish Excel, JSON).
 */
import type { Core } from 'cytoscape';
import { useRef } from 'react';
import { downloadBlob, downloadText } from '../../shared/download.js';
import { formatDate, todayIso } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import { visibleCsv, visibleJson } from './export-data.js';
import { renderViewSvg, svgToPng, viewFromCore } from './export-svg.js';
import './export.css';

export interface ExportMenuProps {
  getCore: () => Core | null;
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
}

export function ExportMenu({ getCore, nodes, edges }: ExportMenuProps) {
  const { t, lang } = useT();
  const [view] = useViewState();
  const today = todayIso();
  const stamp = view.asOf ?? today;
  const base = `aftalegraf-${stamp}`;
  const core = (): Core | null => (view.view === 'graph' ? getCore() : null);
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu closes once a file is on its way, as menus do.
  const close = (): void => {
    if (menu.current) menu.current.open = false;
  };

  /** The viewport as SVG text, titled and dated, with a legend of what is in view. */
  const pictureSvg = (): string | null => {
    const cy = core();
    if (!cy) return null;
    const dates = [t('export.madeOn', { date: formatDate(today, lang) })];
    if (view.asOf) dates.push(t('export.asOf', { date: formatDate(view.asOf, lang) }));
    return renderViewSvg(
      viewFromCore(cy, {
        title: `${t('app.title')}: ${t('app.subtitle')}`,
        subtitle: dates.join(' · '),
        legend: {
          family: (family) => t(`family.${family}`),
          label: (label) => t(`label.${label}`),
          relation: (type) => t(`rel.out.${type}`),
          headings: { colours: t('legend.colours'), shapes: t('legend.shapes'), lines: t('legend.lines') },
        },
      }),
    );
  };

  const png = async (): Promise<void> => {
    const svg = pictureSvg();
    if (svg) downloadBlob(await svgToPng(svg), `${base}.png`);
  };

  return (
    <details className="menu" ref={menu}>
      <summary>{t('export.title')}</summary>
      {/* Clicks bubble here after the button's own handler has started its download. */}
      <div className="menu-items" role="group" aria-label={t('export.title')} onClick={close}>
        <button type="button" disabled={view.view !== 'graph'} onClick={() => void png()}>
          {t('export.png')}
        </button>
        <button
          type="button"
          disabled={view.view !== 'graph'}
          onClick={() => {
            const svg = pictureSvg();
            if (svg) downloadText(svg, `${base}.svg`, 'image/svg+xml');
          }}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(visibleCsv(nodes, edges, { t, lang }), `${base}.csv`, 'text/csv')}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(
              visibleJson(nodes, edges, { asOf: view.asOf, url: window.location.href }),
              `${base}.json`,
              'application/json',
            );
          }}
        >
          {t('export.json')}
        </button>
      </div>
    </details>
  );
}
