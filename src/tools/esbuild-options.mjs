// The esbuild settings shared by the CLI build and the benchmarks' bundles.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { withRowCache } from './ink-row-cache.mjs';

const BUILTINS =
  /^node:|^(assert|buffer|child_process|crypto|events|fs|fs\/promises|module|os|path|process|stream|string_decoder|tty|url|util|worker_threads|zlib)$/;

/** What every bundled Ink program needs: ESM for Node 20, React in production mode. */
export function inkProgramOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Ink imports react-devtools-core only when DEV=true; marking it external breaks start-up.
    // is-in-ci: see the stub (a CI variable would hide every frame).
    alias: {
      'react-devtools-core': join(root, 'src', 'stubs', 'react-devtools-core.ts'),
      'is-in-ci': join(root, 'src', 'stubs', 'is-in-ci.ts'),
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    // CommonJS dependencies call require(); ESM output has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    legalComments: 'none',
    logLevel: 'warning',
  };
}

// An ESM import of a Node built-in builds a module facade over all its exports (~2 ms each,
// ~25 ms at start for the ~16 we use), and esbuild's CommonJS interop would copy every property
// once per importing module. Instead each built-in becomes one small module that takes the
// object from require() and exports its plain-value properties by name (getters stay reachable
// through the default export; a named import of one fails the build rather than go stale).
const builtinsThroughRequire = (lazyBuiltins) => ({
  name: 'builtins-through-require',
  setup(build) {
    const requireBuiltin = createRequire(import.meta.url);
    // CommonJS code (and the modules below) require() the object itself.
    build.onResolve({ filter: BUILTINS }, (args) =>
      args.namespace === 'builtin' || args.kind === 'require-call'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const exported = requireBuiltin(args.path);
      const plain = plainPropertiesInFreshNode(args.path);
      const names = Object.keys(exported).filter(
        (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && plain.has(name),
      );
      if (lazyBuiltins.test(args.path)) return { contents: lazyBuiltin(args.path, exported, names), loader: 'js' };
      const contents = `const m = require(${JSON.stringify(args.path)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
      return { contents, loader: 'js' };
    });
  },
});

// A built-in's properties that are plain values when a program starts. Node makes some lazily
// (node:fs's Dir, opendir, opendirSync load internal/fs/dir), and this build process may have
// touched them already: copying one by name would load what it hides at every start. Listed once
// per build, for every built-in, by a fresh Node.
let plainProperties;
function plainPropertiesInFreshNode(path) {
  if (plainProperties === undefined) {
    const script = `const out = {};
for (const name of require('node:module').builtinModules) {
  try {
    const d = Object.getOwnPropertyDescriptors(require(name));
    out[name] = Object.keys(d).filter((key) => 'value' in d[key]);
  } catch {}
}
process.stdout.write(JSON.stringify(out));`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 16 << 20 });
    if (result.status !== 0) throw new Error(`cannot list the built-ins' properties: ${result.stderr}`);
    plainProperties = JSON.parse(result.stdout);
  }
  return new Set(plainProperties[path.replace(/^node:/, '')] ?? []);
}

// Built-ins that many modules import but few runs call: node:crypto alone loads ~17 internal
// modules, for a hash that only reading the release files or opening the index computes, and
// conf imports node:assert for a check it rarely makes. These are required on their first use.
const LAZY_BUILTINS = /^(node:)?(crypto|assert)$/;
// The print program also loads node:worker_threads (~6 internal modules) only when an index build
// starts its text reader; its worker (full-text-worker.ts, with named imports of values) is not in it.
// node:timers/promises: only a lock that is taken waits.
const PRINT_LAZY_BUILTINS = /^(node:)?(crypto|assert|worker_threads|timers\/promises)$/;

// The browser loads node:child_process (~2 ms with what it pulls in) only when Ink cannot tell the
// terminal's size (terminal-size asks `tput` then) or a screen runs a program.
const BROWSE_LAZY_BUILTINS = /^(node:)?(crypto|assert|child_process)$/;

// A module whose exports load the built-in when first used: plain functions by name (a wrapper
// that calls the real one), constructors by name (a proxy that constructs the real class and
// reads its properties, `prototype` too, so instanceof and subclasses work), and the default
// export as a proxy of the module (also callable, for assert). Anything else is not exported by
// name: a named import of one fails the build rather than misbehave.
function lazyBuiltin(path, exported, names) {
  const functions = names.filter((name) => typeof exported[name] === 'function' && !/^[A-Z]/.test(name));
  const constructors = names.filter((name) => typeof exported[name] === 'function' && /^[A-Z]/.test(name));
  return [
    'let m;',
    `const load = () => (m ??= require(${JSON.stringify(path)}));`,
    'export default new Proxy(function () {}, {',
    '  get: (_, name) => load()[name],',
    '  has: (_, name) => name in load(),',
    '  apply: (_, self, args) => Reflect.apply(load(), self, args),',
    '});',
    ...functions.map((name) => `export function ${name}(...args) { return load().${name}.apply(this, args); }`),
    ...constructors.map(
      (name) =>
        `export const ${name} = new Proxy(function ${name}() {}, { construct: (_, args, target) => Reflect.construct(load().${name}, args, target === ${name} ? load().${name} : target), get: (_, key) => load().${name}[key] });`,
    ),
    '',
  ].join('\n');
}

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
      build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, () => ({
        contents: LAZY_STRING_WIDTH,
        loader: 'js',
        resolveDir: dirname(cellWidth),
      }));
    },
  };
}

// Ink tokenizes every styled line it draws (@alcalzone/ansi-tokenize) and slices some
// (slice-ansi), each through an Intl.Segmenter made when its module loads: the first one costs
// ~16 ms (ICU's break rules) for text that is mostly one grapheme per character. Both get
// graphemeSegmenter (src/text/grapheme-segmenter.ts) instead, which gives the same segments and
// makes an Intl.Segmenter only for text that needs one. The build fails if either is worded otherwise.
const INK_SEGMENTERS = [
  [
    /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    'new Intl.Segmenter(undefined, { granularity: "grapheme" })',
  ],
  [
    /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    "new Intl.Segmenter(undefined, {granularity: 'grapheme'})",
  ],
];
function segmenterOnFirstNeed(root) {
  const segmenter = join(root, 'src', 'text', 'grapheme-segmenter.ts');
  return {
    name: 'segmenter-on-first-need',
    setup(build) {
      for (const [filter, made] of INK_SEGMENTERS)
        build.onLoad({ filter }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          if (!source.includes(made)) throw new Error(`${args.path}: expected "${made}" (see segmenterOnFirstNeed)`);
          const imported = `import { graphemeSegmenter } from ${JSON.stringify(segmenter)};\n`;
          return { contents: imported + source.replace(made, 'graphemeSegmenter'), loader: 'js' };
        });
    },
  };
}

// Commander requires node:child_process at load (~10-15 ms with node:net) for external
// subcommands, which this program has none of: it gets an object that loads it on first use.
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'node:child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents:
        "let loaded;\nmodule.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });\n",
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
      if (!source.includes(INK_OUTPUT_CACHES))
        throw new Error(`${args.path}: expected "${INK_OUTPUT_CACHES.trim()}" (see inkCachesAcrossFrames)`);
      const kept = `
let keptCaches;
function cachesAcrossFrames() {
  const size = keptCaches ? keptCaches.styledChars.size + keptCaches.widths.size + keptCaches.blockWidths.size : 0;
  if (!keptCaches || size > ${KEPT_CACHE_ENTRIES}) keptCaches = new OutputCaches();
  return keptCaches;
}
`;
      return {
        contents:
          withRowCache(args.path, source).replace(INK_OUTPUT_CACHES, '    caches = cachesAcrossFrames();') + kept,
        loader: 'js',
      };
    });
  },
};

/** Everything of the CLI's build but where it starts and where it goes: for benchmarks that must measure the same code. */
export function cliProgramOptions(root, { lazyBuiltins = LAZY_BUILTINS } = {}) {
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
    plugins: [
      lazyChildProcessForCommander,
      builtinsThroughRequire(lazyBuiltins),
      widthThroughCellWidth(root),
      inkCachesAcrossFrames,
      segmenterOnFirstNeed(root),
    ],
    // Less source for V8 to parse at every start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: `#!/usr/bin/env node\n${base.banner.js}` },
  };
}

/**
 * The CLI program's bundle: everything a first frame does not need is left out or made cheaper to
 * load. dist/chunks/cli.mjs holds only the command definitions; each command's work (and the
 * browser's Ink, React and screens) is in other chunks under dist/chunks/, loaded by the dynamic
 * import() of the command that runs, so a print command never parses the browser.
 */
export function cliOptions(root) {
  return {
    ...cliProgramOptions(root),
    // The index build fills the full text in worker threads, from a file of their own (see full-text-build.ts).
    entryPoints: {
      cli: join(root, 'src', 'cli.tsx'),
      'full-text-worker': join(root, 'src', 'index', 'full-text-worker.ts'),
    },
    outdir: join(root, 'dist', 'chunks'),
    splitting: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    // ES modules by their name: dist/ itself is CommonJS (see quickEntryOptions).
    outExtension: { '.js': '.mjs' },
  };
}

/** Where the program's ES module entry is, relative to dist/cli.js. */
export const PROGRAM_ENTRY = './chunks/cli.mjs';

/** The commands dist/cli.js runs in the print program (src/cli/print-entry.ts). */
export const PRINT_COMMANDS = ['list', 'lookup', 'search', 'show', 'stats', 'taxonomy'];
/** Where the print program is, relative to dist/cli.js. */
export const PRINT_PROGRAM = './chunks/print.cjs';

// The print and browse programs define the same commands, but the work of the commands they do not
// run (their `-action` modules, loaded by the module that defines the command) is left out: a
// module in its place fails with the reason, should dist/cli.js ever route one there.
const onlyWorkOf = (commands, program) => ({
  name: 'only-work-of',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+-action\.js$/ }, (args) => {
      const definer = /[\\/]src[\\/]commands[\\/]([a-z-]+)\.ts$/.exec(args.importer)?.[1];
      if (args.kind !== 'dynamic-import' || definer === undefined || definer.endsWith('-action')) return undefined;
      return commands.includes(definer) ? undefined : { path: args.path, namespace: 'not-in-program' };
    });
    build.onLoad({ filter: /.*/, namespace: 'not-in-program' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in ${program}`)});\n`,
      loader: 'js',
    }));
  },
});
const onlyPrintCommandsWork = onlyWorkOf(PRINT_COMMANDS, 'the print program (see PRINT_COMMANDS)');

// better-sqlite3's JavaScript is 13 files that require() resolved, read and compiled one by one
// at every index command: the print program holds them, and only the addon (whose path
// open-database.ts gives) is loaded from node_modules. The ES module build, which cannot
// require() synchronously from inside itself, keeps loading the package at run time.
const OPEN_DATABASE_REQUIRE = "requireHere('better-sqlite3')";
const betterSqliteBundled = {
  name: 'better-sqlite3-bundled',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]index[\\/]open-database\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(OPEN_DATABASE_REQUIRE))
        throw new Error(`${args.path}: expected "${OPEN_DATABASE_REQUIRE}" (see betterSqliteBundled)`);
      return { contents: source.replace(OPEN_DATABASE_REQUIRE, "require('better-sqlite3')"), loader: 'ts' };
    });
  },
};

// conf (with atomically, stubborn-fs, env-paths, dot-prop) sets itself up when its module is
// evaluated, though a print command may never open the user's state: state-file.ts only ever
// constructs it. In the print program its class is a stand-in that evaluates conf on first use.
const LAZY_CONF = `let Conf;
const load = () => (Conf ??= require('conf').default);
export default new Proxy(function Conf() {}, {
  construct: (_, args) => Reflect.construct(load(), args),
  get: (_, name) => load()[name],
});
`;
const confOnFirstUse = (root) => ({
  name: 'conf-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^conf$/ }, (args) =>
      args.namespace === 'lazy-conf' ? undefined : { path: 'conf', namespace: 'lazy-conf' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-conf' }, () => ({
      contents: LAZY_CONF,
      loader: 'js',
      resolveDir: root,
    }));
  },
});

// A print command reads a few small files one after another (the manifest, the taxonomy, the
// release files' sizes): through node:fs/promises each read is a round trip through libuv's
// thread pool, whose threads the first one starts, and the module loads ~12 others (readline,
// streams). The print program does nothing else meanwhile, so these reads are synchronous in it,
// each still a promise with the same result or error; every other call goes to node:fs/promises,
// loaded on first use.
const SYNC_FS_READS = {
  readFile: 'readFileSync',
  stat: 'statSync',
  lstat: 'lstatSync',
  readdir: 'readdirSync',
  realpath: 'realpathSync.native',
  access: 'accessSync',
};
function syncFsReads() {
  const others = Object.keys(createRequire(import.meta.url)('node:fs/promises')).filter(
    (name) => /^[a-z]\w*$/.test(name) && !(name in SYNC_FS_READS),
  );
  return [
    "const fs = require('node:fs');",
    'let m;',
    "const load = () => (m ??= require('node:fs/promises'));",
    ...Object.entries(SYNC_FS_READS).map(
      ([name, sync]) => `export async function ${name}(...args) { return fs.${sync}(...args); }`,
    ),
    ...others.map((name) =>
      name === 'constants'
        ? 'export const constants = fs.constants;'
        : `export function ${name}(...args) { return load().${name}(...args); }`,
    ),
    `export default { ${[...Object.keys(SYNC_FS_READS), ...others].join(', ')} };`,
    '',
  ].join('\n');
}
const fsReadsInline = {
  name: 'fs-reads-inline',
  setup(build) {
    build.onResolve({ filter: /^(node:)?fs\/promises$/ }, (args) =>
      args.kind === 'require-call' || args.namespace === 'sync-fs-reads'
        ? undefined
        : { path: 'fs/promises', namespace: 'sync-fs-reads' },
    );
    build.onLoad({ filter: /.*/, namespace: 'sync-fs-reads' }, () => ({ contents: syncFsReads(), loader: 'js' }));
  },
};

/**
 * dist/chunks/print.cjs: the program for the print commands as one CommonJS file, which dist/cli.js
 * compiles with a V8 code cache (src/cli/code-cache.ts): loading ~30 ES module chunks cost more
 * than running the command.
 */
export function printProgramOptions(root) {
  const base = cliProgramOptions(root, { lazyBuiltins: PRINT_LAZY_BUILTINS });
  return {
    ...commonJsProgram(root, base, 'print'),
    // Short local and top-level names: a third less source to read into memory and copy into a
    // string (413 -> 280 kB), and ~8% smaller code caches, at every start. Nothing it prints
    // depends on a function's name; a crash's stack trace names short ones (the whole program,
    // dist/chunks/cli.mjs, keeps them, and a test compares the two).
    minifyIdentifiers: true,
    plugins: [onlyPrintCommandsWork, betterSqliteBundled, confOnFirstUse(root), fsReadsInline, ...base.plugins],
  };
}

// One CommonJS file of the program, dist/chunks/NAME.cjs, from src/cli/NAME-entry.ts.
function commonJsProgram(root, base, name) {
  return {
    ...base,
    format: 'cjs',
    entryPoints: { [name]: join(root, 'src', 'cli', `${name}-entry.ts`) },
    outdir: join(root, 'dist', 'chunks'),
    outExtension: { '.js': '.cjs' },
    // CommonJS has no import.meta: the file's URL, where the program's files are found from.
    define: { ...base.define, 'import.meta.url': '__import_meta_url' },
    banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    external: base.external.filter((name) => name !== 'better-sqlite3'),
  };
}

/** Where the browse program is, relative to dist/cli.js. */
export const BROWSE_PROGRAM = './chunks/browse.cjs';

// yoga-layout (Ink's layout engine) compiles its WebAssembly asynchronously and waits for it with
// a top-level await, which a CommonJS file cannot hold. In the browse program it is compiled and
// instantiated synchronously (Emscripten's instantiateWasm hook), from the same bytes, kept beside
// the program (YOGA_WASM, written by the build: as base64 in the program, they were ~100 KB more
// to read and deserialize at every start). The build fails if a new yoga words it differently.
const YOGA_AWAIT = 'const Yoga = wrapAssembly(await loadYoga());';
const YOGA_WASM_URL = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const YOGA_BINARY = join('yoga-layout', 'dist', 'binaries', 'yoga-wasm-base64-esm.js');

/** Where the browse program finds yoga's WebAssembly, beside it in dist/chunks/. */
export const YOGA_WASM = 'yoga.wasm';

/** yoga-layout's WebAssembly, as its module holds it (base64 in a data: URL). */
export async function yogaWasm(root) {
  const path = join(root, 'node_modules', YOGA_BINARY);
  const base64 = YOGA_WASM_URL.exec(await readFile(path, 'utf8'))?.[1];
  if (base64 === undefined)
    throw new Error(`${path}: expected its WebAssembly as a base64 data: URL (see yogaWithoutAwait)`);
  return Buffer.from(base64, 'base64');
}

const yogaWithoutAwait = {
  name: 'yoga-without-await',
  setup(build) {
    const binary = /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
    build.onLoad({ filter: binary }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(YOGA_WASM_URL, 'H=""'),
      loader: 'js',
    }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(YOGA_AWAIT))
        throw new Error(`${args.path}: expected "${YOGA_AWAIT}" (see yogaWithoutAwait)`);
      const synchronous = `const yogaModule = {
  instantiateWasm(imports, receive) {
    const bytes = require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(YOGA_WASM)}));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(yogaModule);
const Yoga = wrapAssembly(yogaModule);`;
      return { contents: source.replace(YOGA_AWAIT, synchronous), loader: 'js' };
    });
  },
};

// Ink's reconciler awaits two imports at its top level, both only when DEV=true (React devtools,
// Ink's package.json): in the browse program they are required, with the same effect.
const INK_AWAITS = [
  ["await import('./devtools.js');", "require('./devtools.js');"],
  [
    'await loadPackageJson()',
    "JSON.parse(require('node:fs').readFileSync(new URL('../package.json', import.meta.url), 'utf8'))",
  ],
];
const inkWithoutAwait = {
  name: 'ink-without-await',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [awaited, required] of INK_AWAITS) {
        if (!source.includes(awaited)) throw new Error(`${args.path}: expected "${awaited}" (see inkWithoutAwait)`);
        source = source.replace(awaited, required);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * dist/chunks/browse.cjs: the program for the browser (the default command and `open`) as one
 * CommonJS file, which dist/cli.js compiles with a V8 code cache (src/cli/code-cache.ts) as it
 * does the print program; Ink's top-level awaits are made synchronous for that.
 */
export function browseProgramOptions(root) {
  const base = cliProgramOptions(root, { lazyBuiltins: BROWSE_LAZY_BUILTINS });
  return {
    ...commonJsProgram(root, base, 'browse'),
    plugins: [
      onlyWorkOf(['browse'], 'the browse program (see browseProgramOptions)'),
      betterSqliteBundled,
      yogaWithoutAwait,
      inkWithoutAwait,
      ...base.plugins,
    ],
  };
}

/**
 * dist/cli.js: a CommonJS script (dist/package.json says so) that prints `version` and `help`
 * (the program's own texts, given by the build), runs the print commands in the print program
 * (`printBuildId` names its build, for its code cache), the browser in the browse program
 * (`browseBuildId` likewise) and otherwise imports the program.
 */
export function quickEntryOptions(root, { version, help, printBuildId, browseBuildId }) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    entryPoints: [join(root, 'src', 'cli', 'quick-entry.ts')],
    outfile: join(root, 'dist', 'cli.js'),
    external: [PROGRAM_ENTRY],
    define: {
      QUICK_VERSION: JSON.stringify(version),
      QUICK_HELP: JSON.stringify(help),
      PROGRAM_ENTRY: JSON.stringify(PROGRAM_ENTRY),
      PRINT_COMMANDS: JSON.stringify(PRINT_COMMANDS),
      PRINT_PROGRAM: JSON.stringify(PRINT_PROGRAM),
      PRINT_BUILD_ID: JSON.stringify(printBuildId),
      BROWSE_PROGRAM: JSON.stringify(BROWSE_PROGRAM),
      BROWSE_BUILD_ID: JSON.stringify(browseBuildId),
    },
    banner: { js: '#!/usr/bin/env node' },
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}
