import { act, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { firstLoads, loadLater } from './load-later';

/** A load the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

describe('loadLater', () => {
  it('draws the stand-in until the module has run, then the module, loading it once', async () => {
    const load = deferred<{ text: string }>();
    const loader = vi.fn(() => load.promise);
    const useModule = loadLater(loader);
    function Show({ n }: { n: number }) {
      const module = useModule();
      return <p>{module ? `${module.text} ${n}` : `waiting ${n}`}</p>;
    }
    render(
      <>
        <Show n={1} />
        <Show n={2} />
      </>,
    );
    expect(screen.getByText('waiting 1')).toBeInTheDocument();
    expect(screen.getByText('waiting 2')).toBeInTheDocument();
    await act(async () => load.resolve({ text: 'loaded' }));
    expect(await screen.findByText('loaded 1')).toBeInTheDocument();
    expect(screen.getByText('loaded 2')).toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('start() begins the load before anything using it is drawn, once', async () => {
    const load = deferred<{ text: string }>();
    const loader = vi.fn(() => load.promise);
    const useModule = loadLater(loader, { first: true });
    const loading = useModule.start();
    expect(useModule.start()).toBe(loading);
    expect(loader).toHaveBeenCalledTimes(1);
    await act(async () => load.resolve({ text: 'loaded' }));
    function Show() {
      return <p>{useModule()?.text ?? 'waiting'}</p>;
    }
    render(<Show />);
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('throws a failed load to the nearest error boundary', async () => {
    const load = deferred<string>();
    const useModule = loadLater(() => load.promise);
    function Show() {
      return <p>{useModule() ?? 'waiting'}</p>;
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <Show />
      </Boundary>,
    );
    await act(async () => load.reject(new Error('chunk missing')));
    expect(await screen.findByText('Failed: chunk missing')).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });

  it('draws the others only after the loads marked first, even when they arrive before', async () => {
    const first = deferred<string>();
    const other = deferred<string>();
    const useFirst = loadLater(() => first.promise, { first: true });
    const useOther = loadLater(() => other.promise);
    const drawn: string[] = [];
    function Show() {
      const text = `${useFirst() ?? 'first waiting'}, ${useOther() ?? 'other waiting'}`;
      drawn.push(text);
      return <p>{text}</p>;
    }
    render(<Show />);
    await act(async () => other.resolve('other'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByText('first waiting, other waiting')).toBeInTheDocument();
    await act(async () => first.resolve('first'));
    expect(await screen.findByText('first, other')).toBeInTheDocument();
    expect(drawn).not.toContain('first waiting, other');
  });

  it('draws the others only once whatever else was added to the first loads has settled too', async () => {
    const answer = deferred<void>();
    firstLoads.push(answer.promise);
    const useOther = loadLater(() => Promise.resolve('other'));
    function Show() {
      return <p>{useOther() ?? 'other waiting'}</p>;
    }
    render(<Show />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.getByText('other waiting')).toBeInTheDocument();
    await act(async () => answer.resolve());
    expect(await screen.findByText('other')).toBeInTheDocument();
  });

  it('does not hold the others back when the first load fails', async () => {
    const first = deferred<string>();
    const other = deferred<string>();
    const useFirst = loadLater(() => first.promise, { first: true });
    const useOther = loadLater(() => other.promise);
    function First() {
      return <p>{useFirst() ?? 'first waiting'}</p>;
    }
    function Other() {
      return <p>{useOther() ?? 'other waiting'}</p>;
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <Boundary>
          <First />
        </Boundary>
        <Other />
      </>,
    );
    await act(async () => other.resolve('other'));
    await act(async () => first.reject(new Error('chunk missing')));
    expect(await screen.findByText('other')).toBeInTheDocument();
    expect(screen.getByText('Failed: chunk missing')).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});
