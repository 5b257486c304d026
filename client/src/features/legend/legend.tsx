/** Explains every colour, shape, line and halo the canvas uses. */
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../../shared/domain.js';
import { useT } from '../../shared/i18n/use-t.js';
import {
  CHANGED_HALO,
  FAMILY_EDGE_STYLES,
  IMPACT_HALOS,
  RELATION_FAMILIES,
  RELATION_FAMILY,
  RELATION_STYLES,
} from '../graph/graph-style.js';
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
      <h3>{t('legend.lines')}</h3>
      <ul className="legend-list" data-testid="legend-lines">
        {RELATION_FAMILIES.map((family) => (
          <li key={family} className="legend-family">
            <span className="legend-family-head">
              <RelationSwatch style={FAMILY_EDGE_STYLES[family]} />
              {t(`legend.family.${family}`)}
            </span>
            <span className="legend-family-types small muted">
              {RELATION_TYPES.filter((type) => RELATION_FAMILY[type] === family)
                .map((type) => t(`rel.out.${type}`))
                .join(', ')}
            </span>
          </li>
        ))}
        <li>
          <RelationSwatch style={RELATION_STYLES.AWAITS} />
          {t('legend.heavy')}
        </li>
      </ul>
    </details>
  );
}
