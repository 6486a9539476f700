import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (it reads the host zone once) with Intl reporting `zone`, or throwing. */
async function hostZoneWith(zone: string | Error) {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  // A plain function, so `new Intl.DateTimeFormat(…)` still works; only the no-argument call is scripted.
  function FakeDateTimeFormat(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    if (args.length > 0) return new RealDateTimeFormat(...args);
    if (zone instanceof Error) throw zone;
    return { resolvedOptions: () => ({ timeZone: zone }) };
  }
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
    FakeDateTimeFormat as unknown as typeof Intl.DateTimeFormat,
  );
  vi.resetModules();
  return import('./host-zone');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('host zone', () => {
  it.each([
    ['America/New_York', 'America/New_York', 'Eastern Standard Time'],
    ['Asia/Kolkata', 'Asia/Kolkata', 'India Standard Time'],
    ['Asia/Calcutta (an old alias)', 'Asia/Calcutta', 'India Standard Time'],
    ['no zone reported', '', 'UTC'],
  ])('%s', async (_name, reported, windows) => {
    const { hostIanaZone, hostWindowsZone } = await hostZoneWith(reported);
    expect(hostIanaZone()).toBe(reported || 'UTC');
    expect(hostWindowsZone('Fallback')).toBe(windows);
  });

  it('falls back to UTC when Intl throws', async () => {
    const { hostIanaZone } = await hostZoneWith(new Error('no Intl'));
    expect(hostIanaZone()).toBe('UTC');
  });

  it('gives the fallback for a zone without a Windows id, and reads the host only once', async () => {
    const { hostIanaZone, hostWindowsZone } = await hostZoneWith('Antarctica/Troll');
    expect(hostWindowsZone('Fallback')).toBe('Fallback');
    vi.mocked(Intl.DateTimeFormat).mockClear();
    expect(hostIanaZone()).toBe('Antarctica/Troll');
    expect(Intl.DateTimeFormat).not.toHaveBeenCalledWith();
  });
});
