/**
 * The building blocks every edit form shares: a labelled text field, the source-document picker
 * and the submit row. Each field ties its server message to the control (`<id>-error`).
 */
import type { HTMLAttributes } from 'react';
import { useDocuments } from '../../api/get-documents.js';
import { FieldMessage, invalidProps } from './field-message.js';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The server's verdict on this field, if any. */
  message?: string | undefined;
}

/** A labelled text input, or a textarea when `rows` is given, with its field message. */
export function TextField({
  id,
  label,
  value,
  onChange,
  message,
  rows,
  lang,
  inputMode,
  placeholder,
}: FieldProps & {
  rows?: number;
  lang?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
}) {
  const shared = { id, value, ...invalidProps(`${id}-error`, message) };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {rows === undefined ? (
        <input
          {...shared}
          type="text"
          inputMode={inputMode}
          placeholder={placeholder}
          lang={lang}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <textarea {...shared} lang={lang} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldMessage id={`${id}-error`} message={message} />
    </>
  );
}

/** One `TextField` per name, each in its own `.field` row, editing one record of values. */
export function TextFieldRows<Name extends string, Values extends Record<Name, string>>({
  idPrefix,
  names,
  values,
  labelOf,
  messages,
  rows = {},
  onChange,
}: {
  idPrefix: string;
  names: readonly Name[];
  values: Values;
  labelOf(name: Name): string;
  messages: Readonly<Record<string, string | undefined>>;
  /** Names shown as a textarea of that many rows. */
  rows?: Partial<Record<Name, number>>;
  onChange(values: Values): void;
}) {
  return names.map((name) => {
    const textareaRows = rows[name];
    return (
      <div key={name} className="field">
        <TextField
          id={`${idPrefix}-${name}`}
          label={labelOf(name)}
          {...(textareaRows === undefined ? {} : { rows: textareaRows })}
          value={values[name]}
          message={messages[name]}
          onChange={(value) => onChange({ ...values, [name]: value })}
        />
      </div>
    );
  });
}

/** A labelled choice of the registered source documents, "title (as of)", after `emptyLabel`. */
export function DocumentSelect({
  id,
  label,
  value,
  onChange,
  message,
  emptyLabel,
}: FieldProps & { emptyLabel: string }) {
  const documents = useDocuments();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        {...invalidProps(`${id}-error`, message)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {(documents.data?.documents ?? []).map((document) => (
          <option key={document.id} value={document.id}>
            {document.title} ({document.asOf})
          </option>
        ))}
      </select>
      <FieldMessage id={`${id}-error`} message={message} />
    </>
  );
}

/**
 * The form's submit button, disabled and saying `savingLabel` while the change is sent, then
 * what came of the last submit: a `problem` (alert) or a `notice` (status).
 */
export function FormActions({
  saving,
  submitLabel,
  savingLabel,
  problem,
  notice,
}: {
  saving: boolean;
  submitLabel: string;
  savingLabel: string;
  problem?: string | null;
  notice?: string | null;
}) {
  return (
    <>
      <div className="detail-actions">
        <button type="submit" disabled={saving}>
          {saving ? savingLabel : submitLabel}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
