import { useEffect, useRef, type RefObject } from 'react';

/** Focus has dropped to <body>: the focused control was removed, or disabled while it worked. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * After an action, keyboard and screen-reader users keep their place: when `state` changes (the
 * action's result is on screen) and focus was lost, it moves to `target`, the trigger again or the
 * content that changed. Focus the user has already moved elsewhere stays where it is. `state`
 * is undefined while loading.
 */
export function useFocusAfterChange(state: unknown, target: RefObject<HTMLElement | null>): void {
  const previous = useRef(state);
  useEffect(() => {
    if (Object.is(previous.current, state)) {
      return;
    }
    const loaded = previous.current === undefined;
    previous.current = state;
    // From undefined is the first load, not an action's result: the page keeps its starting point.
    if (!loaded && focusIsLost()) {
      target.current?.focus();
    }
  }, [state, target]);
}
