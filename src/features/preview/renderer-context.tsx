import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { getDefaultRenderer } from './default-renderer';
import type { PreviewRenderer } from './renderer';

const RendererContext = createContext<PreviewRenderer | null>(null);

/** Makes every preview hook below use `renderer` instead of the shared Web Worker (tests, benchmarks). */
export function PreviewRendererProvider(props: { renderer: PreviewRenderer; children: ReactNode }) {
  return <RendererContext.Provider value={props.renderer}>{props.children}</RendererContext.Provider>;
}

/** Returns the renderer from the nearest provider, or the shared worker renderer (started on first use). */
export function usePreviewRenderer(): PreviewRenderer {
  return useContext(RendererContext) ?? getDefaultRenderer();
}
