import { describe, expect, it } from 'vitest';
import { parseHeaderLines } from './header-lines';

const AUTH = 'Bearer {% connected_content https://api.roktcalendar.com/oauth2/token :save token %}';

describe('parseHeaderLines', () => {
  it.each([
    ['colon-separated', `Authorization: ${AUTH}`],
    ['tab-separated (a copied table), not split at https:', `Authorization\t${AUTH}`],
    ['tab after a colon', `Authorization:\t${AUTH}`],
  ])('reads %s lines', (_name, line) => {
    expect(parseHeaderLines(`${line}\nContent-Type\tapplication/json\n\n`)).toEqual({
      headers: [
        { name: 'Authorization', value: AUTH },
        { name: 'Content-Type', value: 'application/json' },
      ],
      ignored: [],
    });
  });

  it('lists lines in neither form', () => {
    expect(parseHeaderLines('just some words').ignored).toEqual(['just some words']);
  });
});
