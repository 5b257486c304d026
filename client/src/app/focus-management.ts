/**
 * Keyboard and screen-reader manners of the shell's panels: focus moves into a panel when it
 * opens and back to what opened it when it closes, and Escape closes the topmost one.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * When `open` turns true, remembers the focused element and focuses `panel`; when it turns false,
 * gives focus back to that element (or to `fallback` when it has gone, e.g. a list row that was
 * re-rendered).
 */
export function usePanelFocus(
  open: boolean,
  panel: RefObject<HTMLElement | null>,
  fallback: () => HTMLElement | null,
): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      panel.current?.focus();
    } else if (!open && wasOpen.current) {
      const back = opener.current?.isConnected ? opener.current : fallback();
      back?.focus();
      opener.current = null;
    }
    wasOpen.current = open;
  }, [open, panel, fallback]);
}

/**
 * Escape anywhere closes the topmost panel (`onEscape` decides which). A control that used the
 * key itself (the search box closing its suggestions, a select) marks the event handled first.
 */
export function useEscape(onEscape: () => void): void {
  const handler = useRef(onEscape);
  useEffect(() => {
    handler.current = onEscape;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      handler.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
