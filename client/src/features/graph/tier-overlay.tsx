/**
 * Names the tiers of the layered picture (Visioner, Sundhedsaftaler, Delaftaler, …, Nationalt) on
 * the canvas: a faint band behind each level and its name pinned to the left edge, so the name
 * stays in view while the user pans along a wide level. Positioned straight from the viewport on
 * every pan and zoom (a dozen elements, no React render), and hidden from assistive technology:
 * the list view is the canvas's text alternative.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useT } from '../../shared/i18n/use-t.js';
import type { TierBand } from './layered-layout.js';
import { tierGutter } from './use-run-layout.js';

/** Model units above and below a band's outer node centres: a node and its label. */
const BAND_PAD = { above: 34, below: 58 } as const;

export function TierOverlay({ cy, bands }: { cy: Core | null; bands: readonly TierBand[] }) {
  const { t } = useT();
  const stripes = useRef<(HTMLDivElement | null)[]>([]);
  const names = useRef<(HTMLDivElement | null)[]>([]);

  useEffect(() => {
    if (!cy) return undefined;
    const place = (): void => {
      const zoom = cy.zoom();
      const pan = cy.pan();
      const width = cy.width();
      const gutter = tierGutter(width);
      /** Bottom of the last name shown: a name that would overlap it is hidden (zoomed far out). */
      let lastBottom = Number.NEGATIVE_INFINITY;
      bands.forEach((band, index) => {
        const top = (band.top - BAND_PAD.above) * zoom + pan.y;
        const height = (band.bottom - band.top + BAND_PAD.above + BAND_PAD.below) * zoom;
        const stripe = stripes.current[index];
        const name = names.current[index];
        if (band.key === 'national') {
          const left = (band.left - 80) * zoom + pan.x;
          const right = (band.right + 80) * zoom + pan.x;
          if (stripe) {
            stripe.style.transform = `translate(${left}px, ${top}px)`;
            stripe.style.width = `${Math.max(0, right - left)}px`;
            stripe.style.height = `${height}px`;
          }
          // Above the block's frame, clear of the reforms' own labels.
          if (name)
            name.style.transform = `translate(${Math.max(4, left)}px, ${top - name.offsetHeight - 2}px)`;
          return;
        }
        if (stripe) {
          stripe.style.transform = `translate(0px, ${top}px)`;
          stripe.style.width = `${width}px`;
          stripe.style.height = `${height}px`;
        }
        // Pinned to the left edge, in the gutter the fit keeps free, at the band's middle.
        if (name) {
          name.style.maxWidth = `${gutter - 8}px`;
          const nameTop = top + height / 2 - name.offsetHeight / 2;
          const fits = nameTop >= lastBottom + 2;
          name.style.visibility = fits ? 'visible' : 'hidden';
          if (fits) lastBottom = nameTop + name.offsetHeight;
          name.style.transform = `translate(4px, ${nameTop}px)`;
        }
      });
    };
    place();
    cy.on('viewport resize', place);
    return () => {
      cy.off('viewport resize', place);
    };
  }, [cy, bands]);

  return (
    <div className="tier-overlay" aria-hidden="true" data-testid="tier-overlay">
      {bands.map((band, index) => (
        <div
          key={`stripe-${band.key}`}
          className={`tier-stripe tier-stripe-${band.key === 'national' ? 'national' : index % 2 === 0 ? 'even' : 'odd'}`}
          ref={(element) => {
            stripes.current[index] = element;
          }}
        />
      ))}
      {bands.map((band, index) => (
        <div
          key={`name-${band.key}`}
          className="tier-name"
          data-tier={band.key}
          ref={(element) => {
            names.current[index] = element;
          }}
        >
          {t(`tier.${band.key}`)}
        </div>
      ))}
    </div>
  );
}
