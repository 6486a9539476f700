import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES, SANDBOX_ERROR_CODES, URL_REFUSAL_REASONS } from '../../core/api';
import { activateTestLocale } from '../../testing/test-locale';
import { loadIssueWordings } from '../../ui/issue-text';
import { sandboxAnswerText, serverErrorText, type ServerError } from './server-error-text';

/** A failure as the server sends it; the message stands for the server's English sentence. */
const failure = (code: string, params: ServerError['params'] = {}, more: Partial<ServerError> = {}) => ({
  code,
  message: `server sentence for ${code}`,
  params,
  ...more,
});

/** Both languages' sentence for a failure. */
function both(error: ServerError): [string, string] {
  activateTestLocale('en');
  const english = serverErrorText(error);
  activateTestLocale('es');
  return [english, serverErrorText(error)];
}

beforeAll(() => loadIssueWordings());
afterEach(() => activateTestLocale('en'));

describe('the server’s error codes in the interface', () => {
  it.each(API_ERROR_CODES)('%s is worded in English and Spanish, not the server’s sentence', (code) => {
    const [english, spanish] = both(failure(code));
    expect(english).not.toBe(`server sentence for ${code}`);
    expect(spanish, 'no Spanish wording: translate it in src/locales/es').not.toBe(english);
    expect(spanish.trim().length).toBeGreaterThan(0);
  });

  it.each(URL_REFUSAL_REASONS)('a refused URL (%s) says why in Spanish', (reason) => {
    const [english, spanish] = both(failure('url_not_allowed', { reason }));
    expect(spanish).not.toBe(english);
    expect(spanish).toMatch(/^La URL del webhook|^El código de cuenta/);
    expect(spanish).toContain('Debe ser exactamente https://api.roktcalendar.com/v1/subscriptionevent/');
  });

  it.each<[string, ServerError, string, string]>([
    [
      'rate limited',
      failure('rate_limited', { perMinute: 30, retryAfter: 12 }),
      'Too many test sends from this computer (limit 30 a minute). Wait 12 seconds and try again.',
      'Demasiados envíos de prueba desde este equipo (límite: 30 por minuto). Espera 12 segundos y vuelve a intentarlo.',
    ],
    [
      'a token service timeout',
      failure('upstream_timeout', { service: 'token', seconds: 2.5, answering: 0 }),
      'The Rokt token service did not answer in time: a test send may take at most 2.5 s in all (ROKT_TIMEOUT_MS). Nothing was confirmed; try again in a moment.',
      'El servicio de tokens de Rokt no respondió a tiempo: un envío de prueba puede durar como máximo 2,5 s en total (ROKT_TIMEOUT_MS). No se confirmó nada; vuelve a intentarlo en un momento.',
    ],
    [
      'Rokt unreachable',
      failure('upstream_unreachable', { service: 'rokt', answering: 0 }),
      "Rokt could not be reached (the connection failed). Check the server's network or try again later.",
      'No se pudo contactar con Rokt (falló la conexión). Revisa la red del servidor o vuelve a intentarlo más tarde.',
    ],
    [
      'an internal error',
      failure('internal', { requestId: 'r-42' }),
      'Something went wrong inside the composer server. Try again; if it keeps happening, tell an admin and quote request id r-42.',
      'Algo falló dentro del servidor del compositor. Vuelve a intentarlo; si sigue pasando, avisa a un administrador e indica el id de solicitud r-42.',
    ],
    [
      'a body Rokt would reject, with its first problem worded',
      failure(
        'invalid_body',
        { v: 'rokt', count: 3 },
        {
          issues: [
            {
              code: 'rokt.required',
              message: 'The event (event) is missing: wrap the event fields in "event": { … }.',
              path: 'event',
              severity: 'error',
            },
          ],
        },
      ),
      'Rokt would reject this body: The event (event) is missing: wrap the event fields in "event": { … }. (and 2 more problems)',
      'Rokt rechazaría este cuerpo: ',
    ],
    [
      'a code this page does not know yet',
      failure('brand_new'),
      'server sentence for brand_new',
      'server sentence for brand_new',
    ],
  ])('%s', (_name, error, english, spanish) => {
    const [en, es] = both(error);
    expect(en).toBe(english);
    if (spanish.endsWith(': ')) {
      expect(es.startsWith(spanish)).toBe(true);
      expect(es).toMatch(/\(y 2 problemas más\)$/);
      expect(es).not.toContain('is missing');
    } else expect(es).toBe(spanish);
  });

  it.each(SANDBOX_ERROR_CODES)('the sandbox’s %s answer is worded in Spanish', (code) => {
    const body = JSON.stringify({ error: failure(code, { accountCode: 'brazetest' }) });
    activateTestLocale('en');
    const english = sandboxAnswerText(body);
    activateTestLocale('es');
    const spanish = sandboxAnswerText(body);
    expect(english?.text).toBeTruthy();
    expect(spanish?.text).toBeTruthy();
    expect(spanish?.text).not.toBe(english?.text);
  });

  it('words the sandbox’s refusal of an update and of a body, with each body problem in Spanish', () => {
    activateTestLocale('es');
    const missing = JSON.stringify({ error: failure('event_not_found', { accountCode: 'brazetest' }) });
    expect(sandboxAnswerText(missing)).toEqual({
      text: 'En la cuenta "brazetest" del sandbox no hay ningún evento con este id, así que no hay nada que actualizar. Envíalo primero como evento nuevo o revisa el id del evento.',
      details: [],
    });
    const issue = {
      code: 'rokt.required',
      message: 'The event (event) is missing.',
      path: 'event',
      severity: 'error' as const,
    };
    const refused = sandboxAnswerText(
      JSON.stringify({ error: failure('validation_failed', {}, { issues: [issue] }) }),
    );
    expect(refused?.text).toBe('El sandbox rechazó el cuerpo como lo haría Rokt, por 1 problema:');
    expect(refused?.details).toHaveLength(1);
    expect(refused?.details[0]).not.toBe('The event (event) is missing.');
    expect(sandboxAnswerText('{"status":"Accepted"}')).toBeNull();
    expect(sandboxAnswerText('not json')).toBeNull();
  });
});
