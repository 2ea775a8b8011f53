// `import css from './x.css?inline'`: the file's text (Vite, and the css-inline plugin of rollup.config.mjs). Declared
// here because the library's tsconfig loads no Vite types.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
