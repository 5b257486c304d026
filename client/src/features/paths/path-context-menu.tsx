/**
 * The canvas's context menu (right-click or long-press on a node): find the way from the
 * selection to this node, or from this node to one still to be chosen. A WAI-ARIA menu: focus
 * moves to its first item, arrows move, Esc closes and focus goes back to the canvas.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../shared/i18n/use-t.js';
import { useViewState } from '../../shared/url-state.js';
import { PATH_FINDER_INPUT } from './path-finder.js';

export interface PathMenuTarget {
  id: string;
  name: string;
  /** Where on the stage the menu opens (rendered pixels). */
  x: number;
  y: number;
}

export interface PathContextMenuProps {
  target: PathMenuTarget;
  selectedName: string | null;
  onClose: () => void;
}

export function PathContextMenu({ target, selectedName, onClose }: PathContextMenuProps) {
  const { t } = useT();
  const [view, update] = useViewState();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target.id]);

  const from = view.node && view.node !== target.id ? view.node : null;
  const items: { key: string; text: string; act: () => void }[] = [];
  if (from) {
    items.push({
      key: 'to-here',
      text: t('paths.menuToHere', { from: selectedName ?? from, to: target.name }),
      act: () => update({ pathTo: target.id }),
    });
  }
  items.push({
    key: 'from-here',
    text: t('paths.menuFromHere', { from: target.name }),
    act: () => {
      update({ node: target.id, pathTo: null });
      // The detail panel mounts its path finder for the new selection; then type the target.
      window.setTimeout(() => document.getElementById(`${PATH_FINDER_INPUT}-input`)?.focus(), 150);
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    }
  };

  return (
    <div
      ref={menu}
      className="path-menu"
      role="menu"
      aria-label={t('paths.menu', { name: target.name })}
      style={{ left: target.x, top: target.y }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
      data-testid="path-menu"
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          onClick={() => {
            item.act();
            onClose();
          }}
        >
          {item.text}
        </button>
      ))}
    </div>
  );
}
