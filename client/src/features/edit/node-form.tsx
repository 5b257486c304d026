/**
 * "Ret node": the selected node's names, aliases, note and horizon, saved against the version
 * the form was opened on. A stale version opens the conflict dialog with both versions.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useUpdateNode } from '../../api/update-node.js';
import { useT } from '../../shared/i18n/use-t.js';
import { ConflictDialog } from './conflict-dialog.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';
import { FieldMessage, invalidProps } from './field-message.js';

export interface EditableNode {
  id: string;
  version: number;
  nameDa: string;
  nameEn?: string | null;
  aliases: readonly string[];
  note?: string | null;
  horizon?: { raw: string } | null;
}

interface Values {
  nameDa: string;
  nameEn: string;
  aliases: string;
  note: string;
  horizonRaw: string;
}

function valuesOf(node: EditableNode): Values {
  return {
    nameDa: node.nameDa,
    nameEn: node.nameEn ?? '',
    aliases: node.aliases.join(', '),
    note: node.note ?? '',
    horizonRaw: node.horizon?.raw ?? '',
  };
}

/** The stored record of a conflict, in the form's terms. */
function storedValues(record: Record<string, unknown>): Values {
  const props = (record['props'] ?? {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    nameDa: text(record['nameDa']),
    nameEn: text(record['nameEn']),
    aliases: Array.isArray(record['aliases']) ? record['aliases'].join(', ') : '',
    note: text(props['note']),
    horizonRaw: text(props['horizonRaw']),
  };
}

const FIELDS = ['nameDa', 'nameEn', 'aliases', 'note', 'horizonRaw'] as const;

export function NodeForm({ node }: { node: EditableNode }) {
  const { t, lang } = useT();
  const id = useId();
  const [updateNode, { loading }] = useUpdateNode();
  const [values, setValues] = useState<Values>(() => valuesOf(node));
  const [basedOn, setBasedOn] = useState(node.version);
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);

  const save = async (expectedVersion: number): Promise<void> => {
    setSaved(false);
    setProblems(NO_PROBLEMS);
    try {
      const aliases = values.aliases
        .split(',')
        .map((alias) => alias.trim())
        .filter((alias) => alias !== '');
      const result = await updateNode({
        variables: {
          input: {
            id: node.id,
            expectedVersion,
            nameDa: values.nameDa,
            nameEn: values.nameEn.trim() === '' ? null : values.nameEn,
            aliases,
            note: values.note.trim() === '' ? null : values.note,
            horizonRaw: values.horizonRaw.trim() === '' ? null : values.horizonRaw,
          },
        },
      });
      setBasedOn(result.data?.updateNode.version ?? expectedVersion + 1);
      setSaved(true);
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save(basedOn);
  };

  const fieldId = (field: string): string => `${id}-${field}`;
  const message = (field: string): string | undefined => problems.fields[field];
  const conflict = problems.conflict;
  const theirs = conflict ? storedValues(conflict.record) : null;

  return (
    <details className="edit-form" data-testid="node-form">
      <summary>{t('edit.node.edit')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('edit.node.edit')}>
        {FIELDS.map((field) => (
          <div key={field} className="field">
            <label htmlFor={fieldId(field)}>{t(`edit.node.${field}`)}</label>
            {field === 'note' ? (
              <textarea
                id={fieldId(field)}
                rows={3}
                value={values[field]}
                {...invalidProps(`${fieldId(field)}-error`, message(field))}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            ) : (
              <input
                id={fieldId(field)}
                type="text"
                value={values[field]}
                {...invalidProps(`${fieldId(field)}-error`, message(field))}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            )}
            <FieldMessage id={`${fieldId(field)}-error`} message={message(field)} />
          </div>
        ))}
        <div className="detail-actions">
          <button type="submit" disabled={loading}>
            {loading ? t('edit.saving') : t('edit.node.save')}
          </button>
        </div>
        {problems.general && (
          <p className="field-error" role="alert">
            {problems.general}
          </p>
        )}
        {saved && (
          <p className="muted" role="status">
            {t('edit.node.saved')}
          </p>
        )}
      </form>
      {conflict && theirs && (
        <ConflictDialog
          conflict={conflict}
          yourVersion={basedOn}
          fields={FIELDS.map((field) => ({
            label: t(`edit.node.${field}`),
            yours: values[field],
            theirs: theirs[field],
          }))}
          onUseMine={() => {
            setBasedOn(conflict.version);
            void save(conflict.version);
          }}
          onUseTheirs={() => {
            setValues(theirs);
            setBasedOn(conflict.version);
            setProblems(NO_PROBLEMS);
          }}
        />
      )}
    </details>
  );
}
