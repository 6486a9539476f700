import type { Plugin } from 'vite';

/**
 * V8's file-wide compile hint (Chromium 136 and later; other engines read a comment). Without it V8 compiles
 * a function the first time it is called, on the main thread: on a slow laptop that was a large part of the
 * form's first render (React, react-hook-form and the app all run for the first time there). With it, the
 * whole file is compiled on the background thread that parses it while it downloads.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Under this size a file's lazy compiles cost next to nothing, and the hint's bytes are paid for nothing. */
const MIN_BYTES = 2048;

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  /** Every module the chunk holds (a chunk merging several modules has no single facade). */
  moduleIds?: string[];
  imports?: string[];
}

export interface CompileHintOptions {
  /** Source files (ending) the page or worker runs as it starts: their chunks and what those import get the hint. */
  modules: string[];
  /** Also every entry chunk (the page's own scripts). */
  entries?: boolean;
}

const holds = (chunk: BundleChunk, source: string) =>
  [chunk.facadeModuleId ?? '', ...(chunk.moduleIds ?? [])].some((id) =>
    id.replace(/\\/g, '/').endsWith(source),
  );

/** The chunks of a built bundle that `options` says run at start, with their static imports, of at least 2 KB. */
export function chunksRunAtStart(bundle: Record<string, BundleChunk>, options: CompileHintOptions): string[] {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    if ((options.entries && chunk.isEntry) || options.modules.some((m) => holds(chunk, m)))
      visit(chunk.fileName);
  }
  return [...found].filter((f) => (bundle[f]?.code?.length ?? 0) >= MIN_BYTES);
}

/** Vite plugin: puts the compile hint at the top of the chunks that run as the page (or a worker) starts. */
export function compileHints(options: CompileHintOptions): Plugin {
  return {
    name: 'composer-compile-hints',
    apply: 'build',
    // Last: V8 reads the hint only before the file's first statement, and Vite's own code for lazy imports'
    // stylesheets is prepended to the chunks as they are written.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const chunks = bundle as unknown as Record<string, BundleChunk>;
        for (const fileName of chunksRunAtStart(chunks, options)) {
          const chunk = chunks[fileName]!;
          chunk.code = COMPILE_HINT + chunk.code!;
        }
      },
    },
  };
}
