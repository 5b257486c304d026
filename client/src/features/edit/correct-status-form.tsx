/**
 * "Ret" on one status statement in the history: a form prefilled with the statement (status,
 * kind, date, wording, document), saved in place (`correctStatus`, same `seq`) against the node
 * version it was opened on, with an optional reason for the trail. A stale version opens the
 * conflict dialog with both versions of the statement.
 */
import { useId, useRef, useState } from 'react';
import { useCorrectStatus } from '../../api/correct-status.js';
import { useDocuments } from '../../api/get-documents.js';
import type { ObservationKind, StatusCode, StatusEntryFragment } from '../../gql/graphql.js';
import { STATUS_CODE_LIST, STATUS_CODES } from '../../shared/domain.js';
import { formatDate } from '../../shared/format.js';
import { useT } from '../../shared/i18n/use-t.js';
import { ConflictDialog } from './conflict-dialog.js';
import { FieldMessage, invalidProps } from './field-message.js';
import { DocumentSelect, FormActions, TextField } from './form-fields.js';
import { useVersionedSave } from './use-versioned-save.js';

const OBSERVATION_KINDS: readonly ObservationKind[] = ['FACT', 'PLAN', 'RECOMMENDATION', 'DECISION'];

/** The statement as the form edits it, named as `CorrectStatusInput` (and `extensions.argument`) names it. */
interface Values {
  code: StatusCode;
  kind: ObservationKind;
  date: string;
  textDa: string;
  documentId: string;
}

function valuesOf(entry: StatusEntryFragment): Values {
  return {
    code: entry.code,
    kind: entry.kind,
    date: entry.date,
    textDa: entry.textDa,
    documentId: entry.document.id,
  };
}

const isStatusCode = (value: unknown): value is StatusCode =>
  typeof value === 'string' && (STATUS_CODE_LIST as readonly string[]).includes(value);

/**
 * The statement `seq` in the stored node of a conflict (the store's record: kinds in lower case),
 * or null when it is gone (retracted meanwhile).
 */
function storedValues(record: Record<string, unknown>, seq: number): Values | null {
  const history = Array.isArray(record['statusHistory']) ? (record['statusHistory'] as unknown[]) : [];
  const stored = history.find(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null && (item as { seq?: unknown }).seq === seq,
  );
  if (!stored) return null;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const kind = text(stored['kind']).toUpperCase();
  return {
    code: isStatusCode(stored['code']) ? stored['code'] : 'UNKNOWN',
    kind: OBSERVATION_KINDS.find((candidate) => candidate === kind) ?? 'FACT',
    date: text(stored['date']),
    textDa: text(stored['textDa']),
    documentId: text(stored['documentId']),
  };
}

export function CorrectStatusForm({
  nodeId,
  version,
  entry,
}: {
  nodeId: string;
  /** The node's version as the panel shows it; the form is based on it when opened. */
  version: number;
  entry: StatusEntryFragment;
}) {
  const { t, lang } = useT();
  const id = useId();
  const [correctStatus, { loading }] = useCorrectStatus();
  const documents = useDocuments().data?.documents ?? [];
  const [values, setValues] = useState<Values>(() => valuesOf(entry));
  const [reason, setReason] = useState('');
  const { basedOn, problems, conflict, saved, submit, keepMine, takeTheirs, reset } = useVersionedSave(
    version,
    async (expectedVersion) => {
      const result = await correctStatus({
        variables: {
          input: {
            nodeId,
            seq: entry.seq,
            expectedVersion,
            ...values,
            date: values.date.trim(),
            ...(reason.trim() === '' ? {} : { reason }),
          },
        },
      });
      return result.data?.correctStatus.version;
    },
  );

  const details = useRef<HTMLDetailsElement>(null);
  /**
   * Opening the form starts from the statement and node version the panel shows now. On the
   * summary's click, not the `toggle` event: that one fires later, and would wipe what the user
   * has begun to type.
   */
  const onOpen = (): void => {
    if (details.current?.open) return;
    setValues(valuesOf(entry));
    setReason('');
    reset(version);
  };

  const fieldId = (name: keyof Values | 'reason'): string => `${id}-${name}`;
  const theirs = conflict ? storedValues(conflict.record, entry.seq) : null;
  const shown = (of: Values | null) => ({
    code: of ? STATUS_CODES[of.code][lang] : '',
    kind: of ? t(`obsKind.${of.kind}`) : '',
    date: of?.date ?? '',
    textDa: of?.textDa ?? '',
    documentId: of
      ? (documents.find((document) => document.id === of.documentId)?.title ?? of.documentId)
      : '',
  });
  const mine = shown(values);
  const stored = shown(theirs);
  const labels: Record<keyof Values, string> = {
    code: t('record.code'),
    kind: t('record.kind'),
    date: t('record.date'),
    textDa: t('record.text'),
    documentId: t('record.document'),
  };

  return (
    <details className="edit-form correct-status" data-testid="correct-status" ref={details}>
      <summary onClick={onOpen}>
        {t('edit.status.correct')}
        {/* Every statement has its own "Ret": a screen reader hears which one. */}
        <span className="visually-hidden">
          {' '}
          {lang === 'en' ? entry.labelEn : entry.labelDa} {formatDate(entry.date, lang)}
        </span>
      </summary>
      <form onSubmit={submit} noValidate aria-label={t('edit.status.correctTitle')}>
        <label htmlFor={fieldId('code')}>{labels.code}</label>
        <select
          id={fieldId('code')}
          value={values.code}
          {...invalidProps(`${fieldId('code')}-error`, problems.fields['code'])}
          onChange={(event) => setValues({ ...values, code: event.target.value as StatusCode })}
        >
          {STATUS_CODE_LIST.map((candidate) => (
            <option key={candidate} value={candidate}>
              {STATUS_CODES[candidate][lang]}
            </option>
          ))}
        </select>
        <FieldMessage id={`${fieldId('code')}-error`} message={problems.fields['code']} />

        <label htmlFor={fieldId('kind')}>{labels.kind}</label>
        <select
          id={fieldId('kind')}
          value={values.kind}
          {...invalidProps(`${fieldId('kind')}-error`, problems.fields['kind'])}
          onChange={(event) => setValues({ ...values, kind: event.target.value as ObservationKind })}
        >
          {OBSERVATION_KINDS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`obsKind.${candidate}`)}
            </option>
          ))}
        </select>
        <FieldMessage id={`${fieldId('kind')}-error`} message={problems.fields['kind']} />

        <TextField
          id={fieldId('date')}
          label={labels.date}
          inputMode="numeric"
          placeholder={t('record.datePlaceholder')}
          value={values.date}
          message={problems.fields['date']}
          onChange={(date) => setValues({ ...values, date })}
        />
        <TextField
          id={fieldId('textDa')}
          label={labels.textDa}
          lang="da"
          rows={3}
          value={values.textDa}
          message={problems.fields['textDa']}
          onChange={(textDa) => setValues({ ...values, textDa })}
        />
        <DocumentSelect
          id={fieldId('documentId')}
          label={labels.documentId}
          emptyLabel={t('edit.chooseDocument')}
          value={values.documentId}
          message={problems.fields['documentId']}
          onChange={(documentId) => setValues({ ...values, documentId })}
        />
        <TextField
          id={fieldId('reason')}
          label={t('edit.status.reason')}
          rows={2}
          value={reason}
          message={problems.fields['reason']}
          onChange={setReason}
        />
        <FormActions
          saving={loading}
          submitLabel={t('edit.status.correctSubmit')}
          savingLabel={t('edit.saving')}
          problem={
            problems.general ??
            Object.entries(problems.fields).find(([name]) => !(name in labels) && name !== 'reason')?.[1] ??
            (conflict && !theirs ? t('edit.status.goneMeanwhile') : null)
          }
          notice={saved ? t('edit.status.corrected') : null}
        />
      </form>
      {conflict && theirs && (
        <ConflictDialog
          conflict={conflict}
          yourVersion={basedOn}
          fields={(Object.keys(labels) as (keyof Values)[]).map((name) => ({
            label: labels[name],
            yours: mine[name],
            theirs: stored[name],
          }))}
          onUseMine={keepMine}
          onUseTheirs={() => takeTheirs(() => setValues(theirs))}
        />
      )}
    </details>
  );
}
