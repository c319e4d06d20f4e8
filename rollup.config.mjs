import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

export default [
  // The drop-in bundle: every element, Lit's production build, nothing else to load.
  {
    input: 'src/define.ts',
    // The lazy file imports what it shares with the bundle from the bundle itself: one file, not a facade and a chunk.
    preserveEntrySignatures: 'allow-extension',
    // What few pages use (the structured data of <ipw-feed structured-data>) is a file of its own beside it.
    output: {
      dir: 'dist',
      entryFileNames: 'ipw.js',
      chunkFileNames: 'ipw-[name].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      resolve(),
      ts(),
      // Template literals: whitespace and comments out of html`` and css``.
      minifyHTML(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // The npm build: one module per source file; Lit, the server's and the command's tools, React and @lit/react stay
  // dependencies.
  {
    input: ['src/index.ts', 'src/define.ts', 'src/server/index.ts', 'src/server/cli.ts', 'src/react.ts'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^parse5$/, /^csv-parse(\/|$)/, /^react$/, /^node:/],
    // Styles and templates without their indentation: what a server render writes into each widget's HTML.
    plugins: [ts(), minifyHTML()],
  },
];
