import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { focusIsLost } from '../lib/focus';

interface NavigationFocusState {
  /** Client-side moves to another path so far; 0 on the first page load. */
  navigation: number;
  /** The navigation whose heading already took focus. */
  handled: { current: number };
}

const NavigationFocusContext = createContext<NavigationFocusState>({ navigation: 0, handled: { current: 0 } });

/**
 * Counts client-side moves to another page. Only a new path counts: filters, sorting and paging
 * change the query string, and moving focus then would pull it out of the filter being used.
 */
export function NavigationFocusProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [seen, setSeen] = useState({ pathname, navigation: 0 });
  if (seen.pathname !== pathname) {
    setSeen({ pathname, navigation: seen.navigation + 1 });
  }
  const handled = useRef(0);
  const value = useMemo(() => ({ navigation: seen.navigation, handled }), [seen.navigation]);
  return <NavigationFocusContext.Provider value={value}>{children}</NavigationFocusContext.Provider>;
}

/**
 * After a client-side navigation the new page's heading takes focus once it renders, so keyboard and
 * screen-reader users start at the new page, not on <body> or the link they left. The first page
 * load keeps the browser's own starting point (the skip link comes first).
 */
export function useFocusOnNavigation(heading: RefObject<HTMLElement | null>): void {
  const { navigation, handled } = useContext(NavigationFocusContext);
  useEffect(() => {
    // A page that swaps its loading header for the loaded one focuses the new one too.
    if (navigation > 0 && (handled.current !== navigation || focusIsLost())) {
      handled.current = navigation;
      heading.current?.focus();
    }
  }, [navigation, handled, heading]);
}
