/**
 * One result on the impact board: a button (Tab reaches it, Enter opens it) that says what the
 * item is, what the change means for it, who must act, from when, and how it is reached, in
 * names. Everything a reader needs to triage without opening it.
 */
import { formatDate } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { hopPathText, ownersText } from '../export/impact-report-text.js';
import type { ImpactResult } from './impact-model.js';

export interface ImpactCardProps {
  result: ImpactResult;
  open: boolean;
  /** The opened result's path passes through this one. */
  onPath: boolean;
  onOpen: (id: string) => void;
}

export function ImpactCard({ result, open, onPath, onOpen }: ImpactCardProps) {
  const { t, lang } = useT();
  const words = { t, lang };
  const classes = ['result-card', `class-${result.classification}`];
  if (open) classes.push('open');
  if (onPath) classes.push('on-path');
  return (
    <li data-node-id={result.id}>
      <button
        type="button"
        className={classes.join(' ')}
        data-result-id={result.id}
        aria-expanded={open}
        aria-controls={open ? 'impact-result-pane' : undefined}
        onClick={() => onOpen(result.id)}
      >
        <span className="result-name">{result.name}</span>
        <span className="result-kind">{t(`label.${result.node.label}`)}</span>
        <span className="result-consequence">{result.consequence}</span>
        <span className="result-line">
          <span className="result-key">{t('board.owner')}:</span> {ownersText(result, words)}
        </span>
        {result.effectiveDate && (
          <span className="result-line">
            <span className="result-key">{t('board.effective')}:</span>{' '}
            {formatDate(result.effectiveDate, lang)}
          </span>
        )}
        {result.path.length > 0 && (
          <span className="result-path">
            <span className="result-key">{t('board.via')}:</span> {hopPathText(result.path, words)}
          </span>
        )}
      </button>
    </li>
  );
}
