import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

export default [
  // The drop-in bundle: every element, Lit's production build, nothing else to load.
  {
    input: 'src/define.ts',
    output: { file: 'dist/ipw.js', format: 'es', sourcemap: true },
    plugins: [
      resolve(),
      ts(),
      // Template literals: whitespace and comments out of html`` and css``.
      minifyHTML(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // The npm build: one module per source file; Lit stays a dependency.
  {
    input: ['src/index.ts', 'src/define.ts'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [ts()],
  },
];
