import { useState } from 'react';
import { shiftView, viewDates } from '../../core/calendar';

export type Look = 'google' | 'outlook' | 'apple';
export type View = 'day' | 'week';

const LOOK_KEY = 'rokt-composer.calendar-look';
const LOOKS: readonly Look[] = ['google', 'outlook', 'apple'];

function storedLook(): Look {
  try {
    const value = localStorage.getItem(LOOK_KEY);
    return LOOKS.find((l) => l === value) ?? 'google';
  } catch {
    return 'google';
  }
}

/**
 * The look (kept across reloads), day or week view, and the date shown: the event's first day until the
 * marketer moves, and again whenever the event moves to another day.
 */
export function useCalendarView(eventDate: string) {
  const [look, setLookState] = useState<Look>(storedLook);
  const [view, setView] = useState<View>('week');
  const [moved, setMoved] = useState<{ from: string; to: string } | null>(null);
  const date = moved?.from === eventDate ? moved.to : eventDate;
  const setLook = (next: Look) => {
    setLookState(next);
    try {
      localStorage.setItem(LOOK_KEY, next);
    } catch {
      // Storage full or blocked: the look still applies for this visit.
    }
  };
  return {
    look,
    setLook,
    view,
    setView,
    dates: viewDates(date, view),
    atEvent: date === eventDate,
    step: (by: 1 | -1) => setMoved({ from: eventDate, to: shiftView(date, view, by) }),
    toEvent: () => setMoved(null),
  };
}
