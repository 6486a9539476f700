import { describe, expect, it } from 'vitest';
import { SampleUserSchema } from './sample-user';
import { SAMPLE_USER_PRESETS } from './presets';
import guideUserFixture from '../fixtures/guide-user.json';

const preset = (id: string) => SAMPLE_USER_PRESETS.find((p) => p.id === id)!;

describe('SAMPLE_USER_PRESETS', () => {
  it('has the guide, multi and none users, each valid for SampleUserSchema', () => {
    expect(SAMPLE_USER_PRESETS.map((p) => p.id)).toEqual(['guide', 'multi', 'none']);
    for (const p of SAMPLE_USER_PRESETS) expect(SampleUserSchema.parse(p.user)).toEqual(p.user);
  });

  it('gives the guide user every rokt:* attribute from the guide as an array', () => {
    const attrs = preset('guide').user.custom_attributes;
    const names = [
      'account_code',
      'account_id',
      'account_name',
      'calendar_code',
      'calendar_id',
      'calendar_title',
      'country_code',
      'device_name',
      'geo_country',
      'optIn1',
      'optIn2',
      'source',
      'subscriber_email',
      'subscription_id',
      'subscription_method',
      'tags',
    ];
    for (const n of names) expect(Array.isArray(attrs[`rokt:${n}`]), n).toBe(true);
    expect(attrs['rokt:account_code']).toContain('brazetest/f5733866ade2');
    expect(attrs['rokt:subscription_id']).toHaveLength(2);
    expect(attrs['rokt:subscription_id']).toContain('06423672-b6ba-4536-aa36-70788a7a0a36');
  });

  it('gives the multi user several subscriptions and account codes', () => {
    const attrs = preset('multi').user.custom_attributes;
    expect((attrs['rokt:subscription_id'] as string[]).length).toBeGreaterThan(2);
    expect((attrs['rokt:account_code'] as string[]).length).toBeGreaterThan(1);
  });

  it('gives the none user no rokt attributes', () => {
    expect(Object.keys(preset('none').user.custom_attributes).filter((k) => k.startsWith('rokt:'))).toEqual(
      [],
    );
  });

  it('matches the guide user fixture the CLI examples use', () => {
    expect(guideUserFixture).toEqual(preset('guide').user);
  });
});
