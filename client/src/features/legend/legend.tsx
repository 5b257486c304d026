/** Explains every colour, shape, line and halo the canvas uses. */
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import { CHANGED_HALO, IMPACT_HALOS } from '../graph/graph-style.js';
import type { ImpactClass } from '../graph/graph-style.js';
import { FamilySwatch, HaloSwatch, LabelSwatch, RelationSwatch } from './swatches.js';
import './legend.css';

const IMPACT_CLASSES: readonly ImpactClass[] = ['DIRECT', 'INDIRECT', 'INHERITED'];

export function Legend() {
  const { t } = useT();
  return (
    <details className="legend panel-section" open>
      <summary>{t('legend.title')}</summary>
      <h3>{t('legend.colours')}</h3>
      <ul className="legend-list">
        {STATUS_FAMILY_LIST.map((family) => (
          <li key={family}>
            <FamilySwatch family={family} />
            {t(`family.${family}`)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.impact')}</h3>
      <ul className="legend-list">
        <li>
          <HaloSwatch colour={CHANGED_HALO} />
          {t('legend.changed')}
        </li>
        {IMPACT_CLASSES.map((impactClass) => (
          <li key={impactClass}>
            <HaloSwatch colour={IMPACT_HALOS[impactClass]} />
            {t(`class.${impactClass}`)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('legend.shapes')}</summary>
        <ul className="legend-list">
          {NODE_LABELS.map((label) => (
            <li key={label}>
              <LabelSwatch label={label} />
              {t(`label.${label}`)}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t('legend.lines')}</summary>
        <ul className="legend-list">
          {RELATION_TYPES.map((type) => (
            <li key={type}>
              <RelationSwatch type={type} />
              {t(`rel.out.${type}`)}
            </li>
          ))}
        </ul>
      </details>
    </details>
  );
}
