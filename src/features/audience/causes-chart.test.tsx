import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CauseSummary } from '../../core/audience';
import { activateTestLocale } from '../../testing/test-locale';
import { CausesChart } from './causes-chart';

const cause = (code: string, count: number): CauseSummary => ({ code, count, fix: 'fix', examples: [] });
const CAUSES = [
  cause('request.account-code-missing', 1200),
  cause('rokt.subscription-ids-empty', 40),
  cause('rokt.notify-before-negative', 3), // no name of its own: its family's
];

/** The labels drawn next to the bars, top to bottom. */
const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('svg[data-chart="failures-by-cause"] g > text:first-child')].map(
    (t) => t.textContent,
  );

afterEach(() => activateTestLocale('en'));

describe('CausesChart', () => {
  it('labels each cause with a short name, keeping the code in the bar’s tooltip', () => {
    activateTestLocale('en');
    const { container } = render(<CausesChart causes={CAUSES} />);
    expect(labels(container)).toEqual(['No account code', 'No subscription ids', 'Body Rokt would refuse']);
    expect(container.querySelector('rect title')?.textContent).toBe(
      'No account code (request.account-code-missing): 1,200',
    );
    expect(screen.getByRole('img', { name: 'Failures by cause' })).toHaveAccessibleDescription(
      'Users who would fail, by cause: No account code 1,200, No subscription ids 40, Body Rokt would refuse 3.',
    );
  });

  it('names the causes in Spanish when the interface is in Spanish', () => {
    activateTestLocale('es');
    const { container } = render(<CausesChart causes={CAUSES} />);
    expect(labels(container)).toEqual([
      'Sin código de cuenta',
      'Sin ids de suscripción',
      'Cuerpo que Rokt rechazaría',
    ]);
  });

  it('shows a code no family covers as it is', () => {
    const { container } = render(<CausesChart causes={[cause('custom', 1)]} />);
    expect(labels(container)).toEqual(['custom']);
  });
});
