import { describe, expect, it } from 'vitest';
import { endpointOfUrl } from '../src/core/validate';
import { checkRoktUrl } from './url-allow-list';

const BASE = 'https://api.roktcalendar.com/v1/subscriptionevent';

describe('checkRoktUrl', () => {
  it.each([
    [`${BASE}/brazetest`, 'create', 'brazetest'],
    [`${BASE}/brazetest/update`, 'update', 'brazetest'],
    [`${BASE}/Acme_Shop-2`, 'create', 'Acme_Shop-2'],
    [`${BASE}/${'a'.repeat(64)}`, 'create', 'a'.repeat(64)],
  ])('accepts %s', (url, endpoint, accountCode) => {
    const result = checkRoktUrl(url);
    expect(endpointOfUrl(url)).toBe(endpoint); // the composer's own reading agrees
    expect(result).toEqual({
      ok: true,
      value: {
        endpoint,
        accountCode,
        path: `/v1/subscriptionevent/${accountCode}${endpoint === 'update' ? '/update' : ''}`,
      },
    });
  });

  it.each([
    ['empty', '', 'empty'],
    ['http', `http://api.roktcalendar.com/v1/subscriptionevent/brazetest`, 'https://'],
    ['other host', `https://evil.example.com/v1/subscriptionevent/brazetest`, 'api.roktcalendar.com'],
    [
      'host suffix',
      `https://api.roktcalendar.com.evil.com/v1/subscriptionevent/brazetest`,
      'api.roktcalendar.com',
    ],
    ['uppercase host', `https://API.roktcalendar.com/v1/subscriptionevent/brazetest`, 'api.roktcalendar.com'],
    ['port', `https://api.roktcalendar.com:8443/v1/subscriptionevent/brazetest`, 'port'],
    ['port 443', `https://api.roktcalendar.com:443/v1/subscriptionevent/brazetest`, 'port'],
    ['userinfo', `https://user:pw@api.roktcalendar.com/v1/subscriptionevent/brazetest`, 'user name'],
    ['userinfo trick', `https://api.roktcalendar.com@evil.com/v1/subscriptionevent/brazetest`, 'user name'],
    ['query', `${BASE}/brazetest?x=1`, 'query'],
    ['empty query', `${BASE}/brazetest?`, 'query'],
    ['fragment', `${BASE}/brazetest#frag`, 'fragment'],
    ['dot segment', `${BASE}/../subscriptionevent/brazetest`, '".."'],
    ['single dot', `${BASE}/./brazetest`, '"."'],
    ['encoded slash', `${BASE}/braze%2Ftest`, 'percent'],
    ['encoded dot', `${BASE}/%2e%2e/brazetest`, 'percent'],
    ['backslash', `${BASE}\\brazetest`, 'backslash'],
    ['leading space', ` ${BASE}/brazetest`, 'spaces'],
    ['trailing newline', `${BASE}/brazetest\n`, 'spaces'],
    ['tab inside', `${BASE}/braze\ttest`, 'spaces'],
    ['trailing slash', `${BASE}/brazetest/`, 'account code'],
    ['empty account code', `${BASE}/`, 'account code'],
    ['code too long', `${BASE}/${'a'.repeat(65)}`, 'account code'],
    ['code with dot', `${BASE}/braze.test`, 'account code'],
    ['unicode code', `${BASE}/brazé`, 'account code'],
    ['unrendered liquid', `${BASE}/{{custom_attribute.\${rokt:account_code}}}`, 'account code'],
    ['other endpoint', `${BASE}/brazetest/delete`, 'account code'],
    ['update twice', `${BASE}/brazetest/update/update`, 'account code'],
    ['Update capitalised', `${BASE}/brazetest/Update`, 'account code'],
    ['wrong path', `https://api.roktcalendar.com/oauth2/token`, 'subscription event'],
    ['v2 path', `https://api.roktcalendar.com/v2/subscriptionevent/brazetest`, 'subscription event'],
    ['double slash', `https://api.roktcalendar.com//v1/subscriptionevent/brazetest`, 'subscription event'],
    ['scheme relative', `//api.roktcalendar.com/v1/subscriptionevent/brazetest`, 'https://'],
  ])('refuses %s', (_name, url, reason) => {
    const result = checkRoktUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(reason);
      expect(result.message).toContain('https://api.roktcalendar.com/v1/subscriptionevent/{account code}');
    }
  });
});
