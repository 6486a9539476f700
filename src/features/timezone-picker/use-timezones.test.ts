import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchTimezones } from '../../core/timezones';
import english from '../../../public/timezones.json';
import spanish from '../../../public/timezones.es.json';
import { fetchLocalTimezones } from './use-timezones';

const FILES = { 'timezones.json': english, 'timezones.es.json': spanish };
const file = (name: keyof typeof FILES) => JSON.stringify(FILES[name]);

function serve(files: Record<string, string | number>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string) => {
      const body = files[path];
      return Promise.resolve(
        typeof body === 'string' ? new Response(body) : new Response('', { status: body ?? 404 }),
      );
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchLocalTimezones', () => {
  const jan = new Date('2026-01-15T12:00:00Z');

  it('gives Spanish labels and cities in Spanish, found by Spanish or English names', async () => {
    serve({ '/timezones.json': file('timezones.json'), '/timezones.es.json': file('timezones.es.json') });
    const list = await fetchLocalTimezones('es');
    const [first] = searchTimezones(list, 'nueva york', jan);
    expect(first).toMatchObject({ id: 'Eastern Standard Time', label: 'Hora oriental' });
    expect(first?.cities[0]).toBe('Nueva York');
    expect(searchTimezones(list, 'new york', jan)[0]?.id).toBe('Eastern Standard Time');
  });

  it('fetches only the English list in English', async () => {
    serve({ '/timezones.json': file('timezones.json') });
    const list = await fetchLocalTimezones('en');
    expect(list.find((e) => e.id === 'Eastern Standard Time')?.label).toBe('Eastern Time');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fails with the file named when the Spanish names cannot be loaded', async () => {
    serve({ '/timezones.json': file('timezones.json'), '/timezones.es.json': 503 });
    await expect(fetchLocalTimezones('es')).rejects.toThrow(
      '/timezones.es.json could not be loaded (HTTP 503).',
    );
  });
});
