/**
 * Someone saved a newer version while the user edited: shows both versions side by side (yours
 * and the stored one) and lets the user keep theirs (resubmit on the stored version) or take the
 * stored one (discard the edit).
 */
import { useT } from '../../shared/i18n/use-t.js';
import type { EditConflict } from './edit-errors.js';

export interface ConflictField {
  label: string;
  yours: string;
  theirs: string;
}

export function ConflictDialog({
  conflict,
  yourVersion,
  fields,
  onUseMine,
  onUseTheirs,
}: {
  conflict: EditConflict;
  yourVersion: number;
  fields: readonly ConflictField[];
  onUseMine: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useT();
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="conflict-title"
      className="conflict-dialog"
      data-testid="conflict-dialog"
    >
      <h4 id="conflict-title">{t('edit.conflict.title')}</h4>
      <p>{t('edit.conflict.body', { current: String(conflict.version), yours: String(yourVersion) })}</p>
      <table>
        <thead>
          <tr>
            <th />
            <th>{t('edit.conflict.yours')}</th>
            <th>{t('edit.conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.label} className={field.yours === field.theirs ? undefined : 'differs'}>
              <th scope="row">{field.label}</th>
              <td>{field.yours}</td>
              <td>{field.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="detail-actions">
        <button type="button" onClick={onUseMine}>
          {t('edit.conflict.useMine')}
        </button>
        <button type="button" onClick={onUseTheirs}>
          {t('edit.conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
