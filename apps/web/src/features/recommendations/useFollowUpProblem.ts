import { useState } from 'react';
import { describeError, toApiProblem, type Message } from '../../lib/errors';

/**
 * A failed follow-up change: a stale version gets its own reload guidance, anything else a
 * translated message plus per-field messages for the form.
 */
export function useFollowUpProblem() {
  const [stale, setStale] = useState(false);
  const [problem, setProblem] = useState<Message | null>(null);
  return {
    stale,
    problem,
    clear: () => {
      setStale(false);
      setProblem(null);
    },
    /** Returns the field messages to put on the form. */
    report: (error: unknown): Record<string, Message> => {
      const apiProblem = toApiProblem(error);
      if (apiProblem.code === 'CONFLICT' && apiProblem.reason === 'STALE_VERSION') {
        setStale(true);
        setProblem(null);
        return {};
      }
      const { message, fieldErrors } = describeError(error);
      setProblem(message);
      return fieldErrors;
    },
  };
}
