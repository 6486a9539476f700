import type { Issue } from '../issues';
import type { SampleUser } from '../sample-user';
import type { BrazeTemplate } from '../template';

const ACCOUNT_CODE = 'rokt:account_code';
const SUBSCRIPTION_ID = 'rokt:subscription_id';

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** Rokt pushes `acme/0a1b2c3d4e5f`: the account code is the part before the slash. */
const accountOf = (value: unknown) => (typeof value === 'string' ? value.split('/')[0]!.trim() : '');

function severalAccounts(template: BrazeTemplate, user: SampleUser): Issue | null {
  if (!template.url.includes(ACCOUNT_CODE)) return null;
  const codes = user.custom_attributes[ACCOUNT_CODE];
  // Fewer than two values cannot name two accounts (most users: checked without building lists).
  if (!Array.isArray(codes) || codes.length < 2) return null;
  const accounts = [...new Set(list(user.custom_attributes[ACCOUNT_CODE]).map(accountOf).filter(Boolean))];
  if (accounts.length < 2) return null;
  const ids = list(user.custom_attributes[SUBSCRIPTION_ID]).length;
  const used = accounts[0]!;
  return {
    code: 'user.several-accounts',
    path: `custom_attributes.${ACCOUNT_CODE}`,
    severity: 'error',
    message: `This user's calendars are in ${accounts.length} Rokt accounts (${accounts.join(', ')}), but the webhook posts all ${ids} subscription ids to the first one (/${used}): Rokt would refuse or misfile the others. Send one webhook per account (for example a Canvas branch per ${ACCOUNT_CODE}), or keep this user to one account.`,
    params: { accounts: accounts.join(', '), count: accounts.length, used, ids },
  };
}

let lastBody: { body: string; readsUserId: boolean } | null = null;

/** Whether the body prints `${user_id}`, remembered for the last body asked about (a run asks for each user). */
function readsUserId(body: string): boolean {
  if (lastBody?.body !== body) lastBody = { body, readsUserId: /\$\{user_id\}/.test(body) };
  return lastBody.readsUserId;
}

function missingUserId(template: BrazeTemplate, user: SampleUser): Issue | null {
  if (!readsUserId(template.body)) return null;
  const id = typeof user.user_id === 'string' ? user.user_id.trim() : '';
  if (id !== '') return null;
  return {
    code: 'user.no-user-id',
    path: 'user_id',
    severity: 'error',
    message:
      'This user has no user_id, so the event id ends in "_" and every user without one shares a single event (each send overwrites it). Give the user a user_id, or turn off "Append the user id to the event id".',
  };
}

/**
 * Checks one sample user against Rokt's model for this template: subscriptions spread over several Rokt
 * accounts (one URL can only address one), and an empty user_id where the event id is made per user.
 */
export function checkUserForTemplate(template: BrazeTemplate, user: SampleUser): Issue[] {
  const out: Issue[] = [];
  const accounts = severalAccounts(template, user);
  if (accounts) out.push(accounts);
  const userId = missingUserId(template, user);
  if (userId) out.push(userId);
  return out;
}
