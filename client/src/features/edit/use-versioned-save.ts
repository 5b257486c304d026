/**
 * Saving a form against the record version it was opened on: the version it is based on, the
 * server's problems (a stale version among them, with the stored record), "saved", and the
 * conflict dialog's two ways out. "Ret node" and "Ret" on a status statement both save this way.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../shared/i18n/use-t.js';
import { editProblems, NO_PROBLEMS, type EditProblems } from './edit-errors.js';

/**
 * `send` writes with `expectedVersion` and returns the record's new version (undefined: the
 * answer did not say, so the next one is assumed).
 */
export function useVersionedSave(
  version: number,
  send: (expectedVersion: number) => Promise<number | undefined>,
) {
  const { t, lang } = useT();
  const [basedOn, setBasedOn] = useState(version);
  const [problems, setProblems] = useState<EditProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);

  const save = async (expectedVersion: number): Promise<void> => {
    setSaved(false);
    setProblems(NO_PROBLEMS);
    try {
      setBasedOn((await send(expectedVersion)) ?? expectedVersion + 1);
      setSaved(true);
    } catch (error: unknown) {
      setProblems(editProblems(error, lang, t));
    }
  };
  const conflict = problems.conflict;

  return {
    basedOn,
    problems,
    conflict,
    saved,
    submit(event: FormEvent<HTMLFormElement>): void {
      event.preventDefault();
      void save(basedOn);
    },
    /** "Brug mine": save again, now based on the version that won. */
    keepMine(): void {
      if (!conflict) return;
      setBasedOn(conflict.version);
      void save(conflict.version);
    },
    /** "Brug deres": `takeValues` puts the stored values in the form, based on their version. */
    takeTheirs(takeValues: () => void): void {
      if (!conflict) return;
      takeValues();
      setBasedOn(conflict.version);
      setProblems(NO_PROBLEMS);
    },
    /** Starts over from `version`, as when the form is opened again. */
    reset(from: number): void {
      setBasedOn(from);
      setProblems(NO_PROBLEMS);
      setSaved(false);
    },
  };
}
