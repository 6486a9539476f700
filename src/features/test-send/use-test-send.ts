import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { clearSandbox, fetchHealth, fetchSandboxPage, postTestSend } from './api';

const HEALTH_KEY = ['test-send', 'health'] as const;
const EVENTS_KEY = ['test-send', 'sandbox-events'] as const;

/**
 * The server's mode, the send mutation (one send at a time: a second click while one is in flight does nothing)
 * and, in sandbox mode, this browser's sandbox events page by page, refreshed after each send, and Clear.
 */
export function useTestSend() {
  const queryClient = useQueryClient();
  const health = useQuery({ queryKey: HEALTH_KEY, queryFn: fetchHealth, staleTime: 60_000 });
  const sandbox = health.data?.mode === 'sandbox';
  const events = useInfiniteQuery({
    queryKey: EVENTS_KEY,
    queryFn: ({ pageParam }) => fetchSandboxPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: sandbox,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY });
  const send = useMutation({ mutationFn: postTestSend, onSettled: refresh });
  const clear = useMutation({ mutationFn: clearSandbox, onSettled: refresh });
  // The mutation's pending state reaches React a moment after the click; this flag is set at once.
  const inFlight = useRef(false);
  const { mutate, reset } = send;
  const sendOnce = useCallback(
    (input: { url: string; body: string }) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(input, { onSettled: () => (inFlight.current = false) });
    },
    [mutate],
  );
  return { health, events, send, sendOnce, clear, resetSend: reset };
}
