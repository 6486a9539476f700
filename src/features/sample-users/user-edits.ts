import type { SampleUser } from '../../core/sample-user';

/** Known Rokt array attributes (Rokt pushes them into Braze), offered when adding an attribute. */
export const ROKT_ATTRIBUTES = [
  'rokt:account_code',
  'rokt:account_id',
  'rokt:account_name',
  'rokt:calendar_code',
  'rokt:calendar_id',
  'rokt:calendar_title',
  'rokt:country_code',
  'rokt:device_name',
  'rokt:geo_country',
  'rokt:optIn1',
  'rokt:optIn2',
  'rokt:source',
  'rokt:subscriber_email',
  'rokt:subscription_id',
  'rokt:subscription_method',
  'rokt:tags',
] as const;

/** Returns a standard attribute (user_id, first_name...) as text; '' when missing or not text. */
export function textAttribute(user: SampleUser, key: string): string {
  const value = user[key];
  return typeof value === 'string' ? value : '';
}

/** Returns a copy of the user with a standard attribute set. */
export function withText(user: SampleUser, key: string, value: string): SampleUser {
  return { ...user, [key]: value };
}

/** Returns a custom attribute's values as strings (a scalar becomes a one-item list). */
export function attributeValues(user: SampleUser, name: string): string[] {
  const value = user.custom_attributes[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** Returns a copy of the user with a custom attribute set to a list of values. */
export function withAttribute(user: SampleUser, name: string, values: string[]): SampleUser {
  return { ...user, custom_attributes: { ...user.custom_attributes, [name]: values } };
}

/** Returns a copy of the user without the custom attribute. */
export function withoutAttribute(user: SampleUser, name: string): SampleUser {
  const { [name]: _removed, ...rest } = user.custom_attributes;
  return { ...user, custom_attributes: rest };
}
