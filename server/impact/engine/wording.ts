import type { GraphNodeRecord, IsoDate } from '../../../schema/domain.js';
import type { EdgeLite } from '../../store/graph-store.js';
import type { ChangeEffect } from '../impact.rules.js';

/** Names and dates for consequence texts. */
export class Wording {
  constructor(
    readonly effect: ChangeEffect,
    readonly date: IsoDate | undefined,
    private readonly records: Map<string, GraphNodeRecord>,
  ) {}

  name(id: string): string {
    return `«${this.records.get(id)?.nameDa ?? id}»`;
  }

  nameEn(id: string): string {
    const record = this.records.get(id);
    return `“${record?.nameEn ?? record?.nameDa ?? id}”`;
  }

  /** " fra 2027-01-01" / " from 2027-01-01", or nothing. */
  when(edge?: EdgeLite, id?: string, fallback?: string): { da: string; en: string } {
    const date =
      this.date ??
      edge?.props.effective ??
      (id ? this.records.get(id)?.props.effectiveFrom : undefined) ??
      fallback;
    return date ? { da: ` fra ${date}`, en: ` from ${date}` } : { da: '', en: '' };
  }
}
