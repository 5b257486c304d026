/** A node's derived flags as of the view date, each explained in words with what explains it. */
import { useNodeFlags } from '../../api/get-node-flags.js';
import type { MessageKey } from '../../shared/i18n/dictionary.js';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { dateInWords, todayIso } from '../time/date-words.js';
import './flags.css';

export function FlagList({ id }: { id: string }) {
  const { t, lang } = useT();
  const [view, update] = useViewState();
  const query = useNodeFlags(id, view.asOf);
  const node = query.data?.node;
  if (!node) return null;
  const name = (n: { nameDa: string; nameEn?: string | null }) =>
    lang === 'en' ? (n.nameEn ?? n.nameDa) : n.nameDa;
  return (
    <section className="flags" aria-label={t('flags.title')} data-testid="flags">
      <h3>{t('flags.title')}</h3>
      {node.validity && (
        <p className="validity">
          {t('validity.label')}:{' '}
          {node.validity.from &&
            t('validity.from', {
              date: dateInWords(node.validity.from, lang),
              basis: t(`validity.basis.${node.validity.fromBasis?.toLowerCase()}` as MessageKey),
            })}{' '}
          {node.validity.to &&
            t('validity.to', {
              date: dateInWords(node.validity.to, lang),
              basis: t(`validity.basis.${node.validity.toBasis?.toLowerCase()}` as MessageKey),
            })}
        </p>
      )}
      {node.flags.length === 0 ? (
        <p>{t('flags.none', { date: dateInWords(view.asOf ?? todayIso(), lang) })}</p>
      ) : (
        <ul>
          {node.flags.map((flag) => (
            <li key={`${flag.code}-${flag.since}`} className={`flag flag-${flag.code.toLowerCase()}`}>
              <strong>{t(`flags.code.${flag.code}` as MessageKey)}</strong>{' '}
              <span className="since">({t('flags.since', { date: dateInWords(flag.since, lang) })})</span>
              <p>{lang === 'en' ? flag.textEn : flag.textDa}</p>
              {flag.related.length > 0 && (
                <p className="related">
                  {flag.related.map((r) => (
                    <button key={r.id} type="button" className="link" onClick={() => update({ node: r.id })}>
                      {name(r)}
                    </button>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
