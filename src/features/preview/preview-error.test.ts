import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activateTestLocale } from '../../testing/test-locale';
import { issueText, loadIssueWordings } from '../../ui/issue-text';
import { PREVIEW_ERROR_CODES, PreviewError, previewProblem } from './preview-error';

beforeAll(() => loadIssueWordings());
afterEach(() => activateTestLocale('en'));

describe('the preview’s own failures', () => {
  it.each(PREVIEW_ERROR_CODES)('%s is worded in Spanish (English keeps its own sentence)', (code) => {
    const problem = previewProblem(
      new PreviewError(code, `English for ${code}`, { seconds: 1, detail: 'x' }),
    );
    expect(issueText(problem)).toBe(`English for ${code}`);
    activateTestLocale('es');
    expect(issueText(problem)).not.toBe(`English for ${code}`);
  });

  it.each<[string, unknown, string]>([
    [
      'a runaway template',
      new PreviewError('preview.runaway', 'stopped', { seconds: 1.5 }),
      'La vista previa detuvo esta plantilla tras 1,5 segundos: no terminaba de generarse. Busca un bucle que no acaba nunca o es demasiado largo (por ejemplo, un bucle for sobre un rango enorme).',
    ],
    [
      'the engine that never started',
      new PreviewError('preview.engine-late', 'late'),
      'El motor de la vista previa no arrancó a tiempo. Recarga la página para volver a intentarlo.',
    ],
    [
      'a failure inside the worker, its text quoted as the engine’s',
      new PreviewError('preview.render-failed', 'The preview could not render this template: boom', {
        detail: 'boom',
      }),
      'La vista previa no pudo generar esta plantilla. Texto original del motor (en inglés): “boom”.',
    ],
    [
      'any other error',
      new TypeError('x is not a function'),
      'La vista previa no pudo generar esta plantilla. Texto original del motor (en inglés): “x is not a function”.',
    ],
  ])('%s', (_name, error, spanish) => {
    activateTestLocale('es');
    expect(issueText(previewProblem(error))).toBe(spanish);
  });
});
