import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleVersion } from './errors';
import { notify } from './notify';

export interface StaleVersion<T> {
  /** The version the next save is based on: the one the form loaded, then the one shown after a refusal. */
  expectedVersion: number;
  /** True from a STALE_VERSION refusal until the form closes. */
  stale: boolean;
  /** The stored record, reloaded after the refusal to show beside the user's input; null while loading or when it failed. */
  current: T | null;
  reloading: boolean;
  /**
   * Call with a failed save. For a stale version it reloads the stored record, so the next save is
   * based on what the user now sees, and returns true; any other error is left to the form.
   */
  handle: (error: unknown) => boolean;
  /** After a save that went through: the next one is based on the version just saved. */
  reset: () => void;
}

/**
 * Optimistic versions in an edit form: the save sends the version the form loaded; when someone
 * else saved in between, the form stays open with the user's input and this loads the stored
 * version to merge by hand (shown by `StaleVersionNotice`).
 */
export function useStaleVersion<T extends { version: number }>(
  loadedVersion: number,
  load: () => Promise<T | null>,
): StaleVersion<T> {
  const [current, setCurrent] = useState<T | null>(null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  return {
    expectedVersion: current?.version ?? loadedVersion,
    stale,
    current,
    reloading,
    handle: (error) => {
      if (!isStaleVersion(error)) {
        return false;
      }
      setStale(true);
      setReloading(true);
      load()
        .then(setCurrent)
        .catch(() => setCurrent(null))
        .finally(() => setReloading(false));
      return true;
    },
    reset: () => {
      setCurrent(null);
      setStale(false);
    },
  };
}

/**
 * For one-click edits (retire, reactivate), which have no form to merge in: a stale version says
 * so and reloads what is on screen, so that the next click is based on the stored version.
 * Returns true when it handled the error.
 */
export function useRefreshOnStale(): (error: unknown) => boolean {
  const client = useApolloClient();
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (!isStaleVersion(error)) {
        return false;
      }
      notify('error', t('staleVersion.toggle'));
      void client.refetchQueries({ include: 'active' });
      return true;
    },
    [client, t],
  );
}
