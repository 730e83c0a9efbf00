import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's "sm" breakpoint (48em, a phone such as 390 px): lists become cards, filters fold away. */
export function useSmallScreen(): boolean {
  // Read at once, not after a first render as a table: the app is not rendered on a server.
  return useMediaQuery(`(max-width: ${em(767.98)})`, false, { getInitialValueInEffect: false });
}
