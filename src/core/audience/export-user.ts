import type { SampleUser } from '../sample-user';

/**
 * Braze export field → the name Liquid reads it by (`${first_name}`, `${email_address}`…). Fields not listed
 * keep their export name; `external_id` becomes `user_id` because that is what `${user_id}` prints.
 */
const STANDARD_FIELDS: Readonly<Record<string, string>> = {
  external_id: 'user_id',
  braze_id: 'braze_id',
  appboy_id: 'braze_id',
  first_name: 'first_name',
  last_name: 'last_name',
  email: 'email_address',
  phone: 'phone_number',
  dob: 'date_of_birth',
  home_city: 'city',
  country: 'country',
  language: 'language',
  gender: 'gender',
  time_zone: 'time_zone',
};

/** Export fields that are lists of records about the user, not attributes a webhook template reads. */
const SKIPPED = new Set([
  'custom_events',
  'purchases',
  'devices',
  'push_tokens',
  'apps',
  'campaigns_received',
  'canvases_received',
  'cards_clicked',
]);

type Mapped = { ok: true; user: SampleUser } | { ok: false; message: string };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Maps one user object of a JSON export to a sample user, or says why it is not one. */
export function userFromJson(value: unknown): Mapped {
  if (!isPlainObject(value)) return { ok: false, message: 'is not a JSON object (one user per line).' };
  const custom = value.custom_attributes;
  if (custom !== undefined && custom !== null && !isPlainObject(custom)) {
    return { ok: false, message: 'has custom_attributes that are not an object of attribute names.' };
  }
  const id = value.external_id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { ok: false, message: 'has an external_id that is not text.' };
  }
  const user: SampleUser = {
    user_id: id === undefined || id === null ? '' : String(id),
    custom_attributes: (custom as Record<string, unknown> | undefined) ?? {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
  // for…in with hasOwn visits what Object.entries would, in its order, without an array per field.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key === 'external_id' || key === 'custom_attributes' || SKIPPED.has(key)) continue;
    user[STANDARD_FIELDS[key] ?? key] = value[key];
  }
  return { ok: true, user };
}

/** A CSV cell as an attribute value: JSON arrays (`["a","b"]`) become lists, empty cells are absent. */
function cellValue(cell: string): unknown {
  if (cell.startsWith('[') && cell.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON: keep the text as it is
    }
  }
  return cell;
}

/** Maps one CSV row (cells in header order) to a sample user: known columns are standard, the rest custom. */
export function userFromCsv(header: readonly string[], cells: readonly string[]): SampleUser {
  const user: SampleUser = {
    user_id: '',
    custom_attributes: {},
    event_properties: {},
    canvas_entry_properties: {},
    context: {},
    api_trigger_properties: {},
  };
  header.forEach((name, i) => {
    const cell = cells[i] ?? '';
    if (cell === '') return;
    const standard = STANDARD_FIELDS[name];
    if (standard) user[standard] = cell;
    else user.custom_attributes[name] = cellValue(cell);
  });
  return user;
}
