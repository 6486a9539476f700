import { useCallback, useEffect, useState } from 'react';

const KEY = 'rcc.summary-zones.v1';

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((z): z is string => typeof z === 'string') : [];
  } catch {
    return [];
  }
}

/** The subscriber zones the marketer added to the time summary, persisted in localStorage. */
export function useSubscriberZones() {
  const [zones, setZones] = useState<string[]>(read);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(zones));
    } catch {
      // Storage blocked or full: the list still works for this session.
    }
  }, [zones]);
  const add = useCallback((zone: string) => {
    if (zone) setZones((list) => (list.includes(zone) ? list : [...list, zone]));
  }, []);
  const remove = useCallback((zone: string) => setZones((list) => list.filter((z) => z !== zone)), []);
  return { zones, add, remove };
}
