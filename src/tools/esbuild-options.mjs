// The esbuild settings shared by the CLI build and the benchmarks' bundles.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUILTINS = /^node:|^(assert|buffer|child_process|crypto|events|fs|fs\/promises|module|os|path|process|stream|string_decoder|tty|url|util|worker_threads|zlib)$/;

/** What every bundled Ink program needs: ESM for Node 20, React in production mode. */
export function inkProgramOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Ink imports react-devtools-core only when DEV=true; marking it external breaks start-up.
    alias: { 'react-devtools-core': join(root, 'src', 'stubs', 'react-devtools-core.ts') },
    define: { 'process.env.NODE_ENV': '"production"' },
    // CommonJS dependencies call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  };
}

// An ESM import of a Node built-in builds a module facade over all its exports (~2 ms each,
// ~25 ms at start for the ~16 we use), and esbuild's CommonJS interop would copy every property
// once per importing module. Instead each built-in becomes one small module that takes the
// object from require() and exports its plain-value properties by name (getters stay reachable
// through the default export; a named import of one fails the build rather than go stale).
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(build) {
    const requireBuiltin = createRequire(import.meta.url);
    // CommonJS code (and the modules below) require() the object itself.
    build.onResolve({ filter: BUILTINS }, (args) =>
      args.namespace === 'builtin' || args.kind === 'require-call' ? { path: args.path, external: true } : { path: args.path, namespace: 'builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const exported = requireBuiltin(args.path);
      const names = Object.keys(exported).filter(
        (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && 'value' in Object.getOwnPropertyDescriptor(exported, name),
      );
      const contents = `const m = require(${JSON.stringify(args.path)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
      return { contents, loader: 'js' };
    });
  },
};

// Every measurement of text width (Ink's layout, wrap-ansi, ours) goes through cellWidth, which
// answers common text without string-width's costly first call (see src/text/cell-width.ts).
// string-width itself is evaluated only when cellWidth first needs it: loading it makes an
// Intl.Segmenter and the RGI emoji regex (~40-60 ms together), for text most runs never see.
// esbuild bundles a require() of an ES module as a module evaluated at that first require().
const LAZY_STRING_WIDTH = `let stringWidth;
export default function lazyStringWidth(text, options) {
  stringWidth ??= require('string-width').default;
  return stringWidth(text, options);
}
`;

function widthThroughCellWidth(root) {
  const cellWidth = join(root, 'src', 'text', 'cell-width.ts');
  return {
    name: 'width-through-cell-width',
    setup(build) {
      build.onResolve({ filter: /^string-width$/ }, (args) => {
        if (args.importer === cellWidth) return { path: 'string-width', namespace: 'lazy-string-width' };
        return args.namespace === 'lazy-string-width' ? undefined : { path: cellWidth };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, () => ({ contents: LAZY_STRING_WIDTH, loader: 'js', resolveDir: dirname(cellWidth) }));
    },
  };
}

// Commander requires node:child_process at load (~10-15 ms with node:net) for external
// subcommands, which this program has none of: it gets an object that loads it on first use.
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'node:child_process', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded;\nmodule.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });\n",
      loader: 'js',
    }));
  },
};

// Ink lays out every frame in a new Output, each with empty caches: every line of every frame is
// tokenized into styled characters again and every character measured, most of the time a key
// takes in a long list, though a key changes a few lines. The caches are kept across frames
// instead (cleared when large); their entries are never changed once made. The build fails if a
// new Ink words it differently, rather than lose this silently.
const INK_OUTPUT_CACHES = '    caches = new OutputCaches();';
const KEPT_CACHE_ENTRIES = 5000;
const inkCachesAcrossFrames = {
  name: 'ink-caches-across-frames',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(INK_OUTPUT_CACHES)) throw new Error(`${args.path}: expected "${INK_OUTPUT_CACHES.trim()}" (see inkCachesAcrossFrames)`);
      const kept = `
let keptCaches;
function cachesAcrossFrames() {
  const size = keptCaches ? keptCaches.styledChars.size + keptCaches.widths.size + keptCaches.blockWidths.size : 0;
  if (!keptCaches || size > ${KEPT_CACHE_ENTRIES}) keptCaches = new OutputCaches();
  return keptCaches;
}
`;
      return { contents: source.replace(INK_OUTPUT_CACHES, '    caches = cachesAcrossFrames();') + kept, loader: 'js' };
    });
  },
};

/** Everything of the CLI's build but where it starts and where it goes: for benchmarks that must measure the same code. */
export function cliProgramOptions(root) {
  const base = inkProgramOptions(root);
  return {
    ...base,
    // Native addon: must be loaded from node_modules at run time.
    external: ['better-sqlite3'],
    alias: {
      ...base.alias,
      ajv: join(root, 'src', 'stubs', 'conf-validators.ts'),
      'ajv/dist/2020.js': join(root, 'src', 'stubs', 'conf-validators.ts'),
      'ajv-formats': join(root, 'src', 'stubs', 'conf-validators.ts'),
      semver: join(root, 'src', 'stubs', 'conf-validators.ts'),
      ws: join(root, 'src', 'stubs', 'ws.ts'),
    },
    define: {
      ...base.define,
      // The app never fetches; yoga-layout would otherwise start Node's HTTP client (~25 ms)
      // to read its own inline WebAssembly from a data: URL instead of decoding it directly.
      fetch: 'undefined',
    },
    plugins: [lazyChildProcessForCommander, builtinsThroughRequire, widthThroughCellWidth(root), inkCachesAcrossFrames],
    // Less source for V8 to parse at every start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: `#!/usr/bin/env node\n${base.banner.js}` },
  };
}

/**
 * The CLI bundle: everything a first frame does not need is left out or made cheaper to load.
 * dist/cli.js holds only the command definitions; each command's work (and the browser's Ink,
 * React and screens) is in chunks under dist/chunks/, loaded by the dynamic import() of the
 * command that runs, so a print command never parses the browser.
 */
export function cliOptions(root) {
  return {
    ...cliProgramOptions(root),
    // The index build's text reader runs in a worker thread, from a file of its own (see full-text-reader.ts).
    entryPoints: { cli: join(root, 'src', 'cli.tsx'), 'full-text-worker': join(root, 'src', 'index', 'full-text-worker.ts') },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  };
}
