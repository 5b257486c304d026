/**
 * Text that may break after a slash. Browsers do not break "aftalen/Sundhedsstyregruppen" at the
 * slash, so a long document title either runs out of its box or, with `overflow-wrap: anywhere`,
 * splits mid-word; a `<wbr>` after each slash lets it break where a reader expects.
 */
import { Fragment } from 'react';

export function BreakableText({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
