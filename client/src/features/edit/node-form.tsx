/**
 * "Ret node": the selected node's names, aliases, note and horizon, saved against the version
 * the form was opened on. A stale version opens the conflict dialog with both versions.
 */
import { useId, useState } from 'react';
import { useUpdateNode } from '../../api/update-node.js';
import { useT } from '../../shared/i18n/use-t.js';
import { ConflictDialog } from './conflict-dialog.js';
import { FormActions, TextFieldRows } from './form-fields.js';
import { useVersionedSave } from './use-versioned-save.js';

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
  const { t } = useT();
  const id = useId();
  const [updateNode, { loading }] = useUpdateNode();
  const [values, setValues] = useState<Values>(() => valuesOf(node));
  const { basedOn, problems, conflict, saved, submit, keepMine, takeTheirs } = useVersionedSave(
    node.version,
    async (expectedVersion) => {
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
      return result.data?.updateNode.version;
    },
  );
  const theirs = conflict ? storedValues(conflict.record) : null;

  return (
    <details className="edit-form" data-testid="node-form">
      <summary>{t('edit.node.edit')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('edit.node.edit')}>
        <TextFieldRows
          idPrefix={id}
          names={FIELDS}
          values={values}
          labelOf={(field) => t(`edit.node.${field}`)}
          messages={problems.fields}
          rows={{ note: 3 }}
          onChange={setValues}
        />
        <FormActions
          saving={loading}
          submitLabel={t('edit.node.save')}
          savingLabel={t('edit.saving')}
          problem={problems.general}
          notice={saved ? t('edit.node.saved') : null}
        />
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
          onUseMine={keepMine}
          onUseTheirs={() => takeTheirs(() => setValues(theirs))}
        />
      )}
    </details>
  );
}
