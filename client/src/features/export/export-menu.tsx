/** Export the current view as an image (PNG, SVG) and the visible elements as data (CSV, JSON). */
import type { Core } from 'cytoscape';
import { useRef } from 'react';
import { downloadBlob, downloadText } from '../../shared/download.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import type { CanvasEdge, CanvasNode } from '../graph/graph-elements.js';
import { visibleCsv, visibleJson } from './export-data.js';
import { svgFromCore } from './export-svg.js';
import './export.css';

export interface ExportMenuProps {
  getCore: () => Core | null;
  nodes: readonly CanvasNode[];
  edges: readonly CanvasEdge[];
}

export function ExportMenu({ getCore, nodes, edges }: ExportMenuProps) {
  const { t, lang } = useT();
  const [view] = useViewState();
  const stamp = view.asOf ?? new Date().toISOString().slice(0, 10);
  const base = `aftalegraf-${stamp}`;
  const core = (): Core | null => (view.view === 'graph' ? getCore() : null);
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu closes once a file is on its way, as menus do.
  const close = (): void => {
    if (menu.current) menu.current.open = false;
  };

  const png = async (): Promise<void> => {
    const cy = core();
    if (!cy) return;
    const blob = await cy.png({
      output: 'blob-promise',
      full: true,
      scale: cy.nodes().length > 2000 ? 1 : 2,
      bg: '#ffffff',
    });
    downloadBlob(blob, `${base}.png`);
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
            const cy = core();
            if (cy) downloadText(svgFromCore(cy, t('app.subtitle')), `${base}.svg`, 'image/svg+xml');
          }}
        >
          {t('export.svg')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(visibleCsv(nodes, edges, lang), `${base}.csv`, 'text/csv')}
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
