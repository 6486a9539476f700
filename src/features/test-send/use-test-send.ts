import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchHealth, fetchSandboxEvents, postTestSend } from './api';

const HEALTH_KEY = ['test-send', 'health'] as const;
const EVENTS_KEY = ['test-send', 'sandbox-events'] as const;

/** The server's mode, the send mutation and (in sandbox mode) the sandbox's events, refreshed after each send. */
export function useTestSend() {
  const queryClient = useQueryClient();
  const health = useQuery({ queryKey: HEALTH_KEY, queryFn: fetchHealth, staleTime: 60_000 });
  const sandbox = health.data?.mode === 'sandbox';
  const events = useQuery({ queryKey: EVENTS_KEY, queryFn: fetchSandboxEvents, enabled: sandbox });
  const send = useMutation({
    mutationFn: postTestSend,
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
  return { health, events, send };
}
