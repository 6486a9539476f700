import { describe, expect, it } from 'vitest';
import { endpointOfUrl, parseRoktUrl } from './endpoint';

describe('endpointOfUrl', () => {
  it.each([
    ['https://api.roktcalendar.com/v1/subscriptionevent/brazetest', 'create'],
    ['https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update', 'update'],
    ['  https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update/ ', 'update'],
    ['https://API.roktcalendar.com:443/v1/subscriptionevent/brazetest', 'create'],
    ['http://api.roktcalendar.com/v1/subscriptionevent/brazetest', null],
    ['https://api.roktcalendar.com/v1/subscriptionevent/', null],
    ['https://api.roktcalendar.com/v1/subscriptionevent//update', null],
    ['https://api.roktcalendar.com:8443/v1/subscriptionevent/brazetest', null],
    ['https://example.com/v1/subscriptionevent/brazetest', null],
    ['https://api.roktcalendar.com/oauth2/token', null],
  ])('%s -> %s', (url, expected) => {
    expect(endpointOfUrl(url)).toBe(expected);
  });

  it('returns the account code with the endpoint', () => {
    expect(parseRoktUrl('https://api.roktcalendar.com/v1/subscriptionevent/brazetest/update')).toEqual({
      endpoint: 'update',
      accountCode: 'brazetest',
    });
  });
});
