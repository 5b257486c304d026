import { describe, expect, it } from 'vitest';
import { breakLongWords, clip, shortLabel, shortLabels } from './short-label.js';
import type { LabelSource } from './short-label.js';

const node = (id: string, label: LabelSource['label'], kind: string, name: string): LabelSource => ({
  id,
  label,
  kind,
  name,
});

describe('short labels', () => {
  it('names health agreements by their years and work plans by their year', () => {
    expect(
      [
        node(
          'ag-sa-2019-23',
          'Agreement',
          'health_agreement',
          'Sundhedsaftale 2019-2023: Et nært og sammenhængende',
        ),
        node('ag-sa-2024-27', 'Agreement', 'health_agreement', 'Sundhedsaftale 2024-2027'),
        node('wp-ssg-2023', 'WorkPlan', 'work_plan', 'Sundhedsstyregruppens arbejdsplan for 2023'),
      ].map(shortLabel),
    ).toStrictEqual(['SA 2019–23', 'SA 2024–27', 'Arbejdsplan 2023']);
  });

  it('drops sub-titles, the region and a goal\'s "Vi vil", and clips on a word', () => {
    expect(
      [
        node(
          'fa',
          'FocusArea',
          'focus_area',
          'Sammenhæng for borgere med kronisk sygdom – med fokus på de med størst behov',
        ),
        node('b', 'Body', 'health_council', 'Sundhedsråd 1 i Region Midtjylland'),
        node(
          'g',
          'Goal',
          'shared_goal',
          'Vi vil styrke samarbejdet om akut syge ældre og nedbringe antallet',
        ),
      ].map(shortLabel),
    ).toStrictEqual([
      'Sammenhæng for borgere med kronisk sygdom',
      'Sundhedsråd 1',
      'Styrke samarbejdet om akut syge ældre og…',
    ]);
    expect(clip('kort')).toBe('kort');
  });

  it('lets a long compound break after 19 letters', () => {
    expect(breakLongWords('Sundhedsstrukturkommissionen og SSG')).toBe(
      'Sundhedsstrukturkom\u200bmissionen og SSG',
    );
  });

  it('tells colliding labels apart by full name, then the year in the id, then the id', () => {
    const labels = shortLabels([
      node('vis-2015-lighed', 'Vision', 'vision', 'Lighed i sundhed'),
      node('vis-2019-lighed', 'Vision', 'vision', 'Lighed i sundhed'),
      node('task-a', 'Task', 'statutory_task', 'Patientrettet forebyggelse'),
      node('task-b', 'Task', 'statutory_task', 'Patientrettet forebyggelse: regional opgave'),
      node(
        'goal-2019-x',
        'Goal',
        'shared_goal',
        'Vi vil forbedre den mentale sundhed og mindske mistrivsel hos børn og unge i Midtjylland',
      ),
      node(
        'goal-2024-x',
        'Goal',
        'shared_goal',
        'Vi vil forbedre den mentale sundhed og mindske mistrivsel hos børn og unge i Region Midtjylland',
      ),
      node('x-1', 'Initiative', 'idea', 'Samme navn'),
      node('x-2', 'Initiative', 'idea', 'Samme navn'),
    ]);
    expect(Object.fromEntries(labels)).toStrictEqual({
      'vis-2015-lighed': 'Lighed i sundhed (2015)',
      'vis-2019-lighed': 'Lighed i sundhed (2019)',
      'task-a': 'Patientrettet forebyggelse',
      'task-b': 'Patientrettet forebyggelse: regional opgave',
      'goal-2019-x': 'Forbedre den mentale sundhed og mindske… (2019)',
      'goal-2024-x': 'Forbedre den mentale sundhed og mindske… (2024)',
      'x-1': 'Samme navn (x-1)',
      'x-2': 'Samme navn (x-2)',
    });
  });
});
