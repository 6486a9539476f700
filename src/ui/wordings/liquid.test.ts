import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderBraze } from '../../core/liquid';
import { SAMPLE_USER_PRESETS } from '../../core/sample-user';
import { activateTestLocale } from '../../testing/test-locale';
import { issueText, loadIssueWordings } from '../issue-text';

const user = SAMPLE_USER_PRESETS[0]!.user;

/** The sentence a Spanish-speaking marketer sees for the problem `template` stops with. */
async function spanishProblem(template: string): Promise<string> {
  const result = await renderBraze(template, user);
  const problem = !result.ok && 'problem' in result ? result.problem : undefined;
  if (!problem) throw new Error(`no problem for ${template}`);
  activateTestLocale('es');
  return issueText({ ...problem, path: 'body', severity: 'error' });
}

beforeAll(() => loadIssueWordings());
afterEach(() => activateTestLocale('en'));

describe('deep Liquid errors in Spanish', () => {
  it.each([
    [
      '{% for x in %}{% endfor %}',
      'La etiqueta "for" no está escrita como Liquid espera: revisa lo que sigue a su nombre (un bucle for se escribe así: for elemento in lista).',
    ],
    [
      '{% assign = 3 %}',
      'Aquí falta el nombre de una variable o no es válido: usa letras, dígitos y _ (por ejemplo, después de assign).',
    ],
    [
      '{% assign x 3 %}',
      'assign necesita "=" entre el nombre de la variable y su valor, así: assign nombre = valor.',
    ],
    ['{% if %}{% endif %}', 'Aquí falta un valor: una condición vacía o nada después de "=".'],
    [
      '{{ | upcase }}',
      'Liquid no puede leer "| upcase" como un valor: revisa ahí las comillas, los nombres y los operadores.',
    ],
    ['{{ (1..) }}', 'Falta un valor antes de ")".'],
    [
      'Hola {%',
      'Una etiqueta (una llave de apertura y un signo de porcentaje) no está cerrada; añade el signo de porcentaje y la llave de cierre que faltan.',
    ],
    [
      '{{ "a" | append: "b" "c" }}',
      'Liquid no esperaba "c" aquí: separa los argumentos de un filtro con comas y pon cada filtro después de |.',
    ],
    [
      '{% if x = 1 %}{% endif %}',
      'Aquí hay algo que no es ni un valor ni un filtro: un filtro necesita | delante de su nombre y una comparación usa == (un solo = solo asigna).',
    ],
    ['{{ x | "a" }}', 'Falta el nombre de un filtro después de |.'],
    [
      '{{ x | append "a" }}',
      'Los argumentos de un filtro necesitan ":" después de su nombre, así: | append: "x".',
    ],
    [
      '{% capture %}x{% endcapture %}',
      'capture necesita el nombre de la variable que rellena, así: capture saludo.',
    ],
    ['{% cycle %}', 'cycle necesita al menos un valor que recorrer.'],
    ['{{ x[ }}', 'Aquí se abre un "[" que no se cierra.'],
    ['{% if (x %}{% endif %}', 'Los paréntesis de aquí no están emparejados: cierra cada uno que abras.'],
    [
      '{%  %}',
      'Una etiqueta no tiene nombre: escribe el nombre de la etiqueta justo después de la llave de apertura y el signo de porcentaje.',
    ],
    ['{{ 1.5 | truncate: "x" }}', 'El filtro "truncate" necesita un número entero, no "x".'],
    [
      '{{ "x" | time_zone: "Mars/Olympus" }}',
      '"Mars/Olympus" no es una zona horaria: usa un nombre IANA como America/New_York o un desfase como +05:30.',
    ],
    ['{{ "abc" | json_parse }}', 'El filtro "json_parse" no pudo leer "abc" como JSON.'],
    [
      '{{ "a" | concat: "b" }}',
      'El filtro "concat" necesita una lista que añadir, como una variable que contenga un array.',
    ],
    ['{{ "x" | base64_decode }}', 'El filtro "base64_decode" recibió un texto que no es base64 válido.'],
    ['{{ "a" | sum: "b" }}', 'El filtro "sum" no puede leer la propiedad "b".'],
    [
      '{% catalog_items shoes 1 %}',
      'Los catálogos (la etiqueta catalog_items): es una función de Braze que la vista previa no puede ejecutar; funciona en Braze. Previsualiza sin ella o haz un envío de prueba desde Braze.',
    ],
    [
      '{{content_blocks.${footer}}}',
      'El bloque de contenido "footer": es una función de Braze que la vista previa no puede ejecutar; funciona en Braze. Previsualiza sin ella o haz un envío de prueba desde Braze.',
    ],
  ])('%s', async (template, expected) => {
    expect(await spanishProblem(template)).toBe(expected);
  });

  it.each([
    [
      'liquid.render',
      'Liquid no pudo generar esto. Texto original del motor (en inglés): “x is not a function”. Revisa el Liquid en esta posición.',
    ],
    [
      'liquid.syntax',
      'Error de sintaxis de Liquid. Texto original del motor (en inglés): “x is not a function”. Revisa el Liquid en esta posición.',
    ],
  ])('%s quotes a detail it cannot recognise as the engine’s own text', (code, expected) => {
    activateTestLocale('es');
    const params = { v: 'engine', detail: 'x is not a function' };
    expect(issueText({ code, message: 'English', params, path: 'body', severity: 'error' })).toBe(expected);
  });
});
