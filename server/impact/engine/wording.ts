import type { GraphNodeRecord, IsoDate } from '../../../schema/domain.js';
import type { EdgeLite } from '../../store/graph-store.js';
import type { ChangeEffect } from '../impact.rules.js';

const MONTHS = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/**
 * A source date as the secretariat writes it: `2027-01-01` → `01.01.2027` (da) / `1 Jan 2027`
 * (en), `2027-05` → `maj 2027`, `2027` as it is. The same rule as the explorer's `formatDate`
 * (client/src/shared/format.ts), which the server cannot import across the client boundary.
 */
export function writtenDate(date: string, lang: 'da' | 'en'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year ?? date;
  const name = MONTHS[lang][Number(month) - 1];
  if (!name) return date;
  if (!day) return `${name} ${year}`;
  return lang === 'da' ? `${day}.${month}.${year}` : `${Number(day)} ${name} ${year}`;
}

/** Names and dates for consequence texts: Danish names in »«, English in “”. */
export class Wording {
  constructor(
    readonly effect: ChangeEffect,
    readonly date: IsoDate | undefined,
    private readonly records: Map<string, GraphNodeRecord>,
    /** The changed nodes, for sentences about a part of something bigger. */
    private readonly changeIds: readonly string[] = [],
  ) {}

  /** Whether `id`'s name is known (else `name` falls back to its id). */
  knows(id: string): boolean {
    return this.records.has(id);
  }

  name(id: string): string {
    return `»${this.records.get(id)?.nameDa ?? id}«`;
  }

  nameEn(id: string): string {
    const record = this.records.get(id);
    return `“${record?.nameEn ?? record?.nameDa ?? id}”`;
  }

  /** The changed nodes by name ("»A« og »B«" / "“A” and “B”"). */
  change(): { da: string; en: string } {
    return {
      da: this.changeIds.map((id) => this.name(id)).join(' og '),
      en: this.changeIds.map((id) => this.nameEn(id)).join(' and '),
    };
  }

  /**
   * When a consequence takes effect: the change's own date, else the edge's or node's effective
   * date, else `fallback`. A delay or withdrawal has no effective date of its own unless given.
   */
  dateOf(edge?: EdgeLite, id?: string, fallback?: string): string | undefined {
    if (this.date) return this.date;
    if (this.effect !== 'LANDS') return undefined;
    return edge?.props.effective ?? (id ? this.records.get(id)?.props.effectiveFrom : undefined) ?? fallback;
  }

  /** The change's effective date (its date, or when a landing change takes effect). */
  changeDate(): string | undefined {
    return this.dateOf(
      undefined,
      this.changeIds.find((id) => this.records.get(id)?.props.effectiveFrom),
    );
  }

  /** " fra 01.01.2027" / " from 1 Jan 2027" for `date`, or nothing. */
  from(date: string | undefined): { da: string; en: string } {
    return date
      ? { da: ` fra ${writtenDate(date, 'da')}`, en: ` from ${writtenDate(date, 'en')}` }
      : { da: '', en: '' };
  }
}
