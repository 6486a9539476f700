import type { Issue } from '../issues';
import type { Header } from '../template';
import { errorIssue, warningIssue, withParams } from './issue-helpers';
import { checkUrl } from './rendered-url-checks';

/** The parts of a rendered request the checks look at. */
export interface RenderedParts {
  url: string;
  method: string;
  headers: Header[];
}

function checkAuthorization(headers: Header[], out: Issue[]): void {
  const auth = headers.find((h) => h.name.trim().toLowerCase() === 'authorization');
  const path = 'headers.Authorization';
  if (!auth) {
    out.push(
      errorIssue(
        'request.authorization-missing',
        path,
        'The Authorization header is missing: add Authorization: Bearer {% connected_content … :save token %}{{token.access_token}}.',
        'headers',
      ),
    );
    return;
  }
  const value = auth.value.trim();
  if (/^portador\b/i.test(value)) {
    out.push(
      errorIssue(
        'braze.portador',
        path,
        'The Authorization header starts with "Portador" (the Spanish guide\'s translation of "Bearer"): replace it with Bearer.',
        'headers',
      ),
    );
    return;
  }
  const m = /^(\S+)(?:\s+(.*))?$/.exec(value);
  if (m?.[1] !== 'Bearer') {
    out.push(
      withParams(
        errorIssue(
          'request.authorization-scheme',
          path,
          `The Authorization header is "${value.slice(0, 40)}": Rokt needs "Bearer <token>".`,
          'headers',
        ),
        { value: value.slice(0, 40) },
      ),
    );
  } else if (!m[2]) {
    out.push(
      errorIssue(
        'request.token-empty',
        path,
        'The Authorization header has no token after "Bearer": the token call (connected_content) returned nothing or its variable name is wrong.',
        'headers',
      ),
    );
  } else if (/\s/.test(m[2])) {
    out.push(
      errorIssue(
        'request.token-format',
        path,
        'The token after "Bearer" contains spaces: print only the token, e.g. {{token.access_token}}.',
        'headers',
      ),
    );
  }
}

function checkContentType(headers: Header[], out: Issue[]): void {
  const ct = headers.find((h) => h.name.trim().toLowerCase() === 'content-type');
  if (!ct) {
    out.push(
      errorIssue(
        'request.content-type-missing',
        'headers.Content-Type',
        'The Content-Type header is missing: add Content-Type: application/json.',
        'headers',
      ),
    );
  } else if (!/^application\/json\s*(;.*)?$/i.test(ct.value.trim())) {
    out.push(
      withParams(
        errorIssue(
          'request.content-type',
          'headers.Content-Type',
          `Content-Type is "${ct.value}": Rokt needs application/json.`,
          'headers',
        ),
        { value: ct.value },
      ),
    );
  }
}

/** Checks a rendered request the way Rokt and Braze will see it: URL endpoint and port, method, Authorization, Content-Type. */
export function checkRenderedRequest(req: RenderedParts): Issue[] {
  const out: Issue[] = [];
  checkUrl(req.url, out);
  if (req.method.toUpperCase() !== 'POST') {
    out.push(
      withParams(
        errorIssue(
          'request.method',
          'method',
          `The method is ${req.method}: Rokt event calls use POST.`,
          'method',
        ),
        { method: req.method },
      ),
    );
  }
  checkAuthorization(req.headers, out);
  checkContentType(req.headers, out);
  const seen = new Set<string>();
  for (const h of req.headers) {
    const name = h.name.trim().toLowerCase();
    if (seen.has(name)) {
      out.push(
        withParams(
          warningIssue(
            'request.header-duplicate',
            `headers.${h.name}`,
            `The ${h.name} header is set twice: keep one.`,
            'headers',
          ),
          { name: h.name },
        ),
      );
    }
    seen.add(name);
  }
  return out;
}
