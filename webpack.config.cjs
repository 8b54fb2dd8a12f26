/**
 * The add-in build (`npm run build`): one shared-runtime bundle for ribbon commands, custom functions and the
 * task pane. Writes dist/taskpane.html + taskpane.js, functions.json (from the JSDoc @customfunction tags in
 * addin/functions/functions.ts), manifest.xml (URLs rewritten to MSP_SYNC_PUBLIC_URL when set) and assets/.
 * `--output-path DIR` writes elsewhere (the build test uses a temp dir).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const { publicUrl, rewriteManifest } = require('./scripts/public-url.cjs');

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  let base;
  try {
    base = publicUrl(process.env.MSP_SYNC_PUBLIC_URL); // checked before anything is built
  } catch (e) {
    console.error(`msp-sync build: ${e.message}`);
    process.exit(2);
  }
  return {
    mode,
    context: __dirname,
    entry: { taskpane: './addin/main.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    devtool: env.sourcemap ? 'source-map' : false,
    target: ['web', 'es2020'],
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // The root tsconfig type-checks with noEmit; the bundle only needs transpiling (npm test type-checks).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: Boolean(env.sourcemap) } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './addin/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        template: './addin/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        // After the office.js <script> of the template: office.js must load first.
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'addin/assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => Buffer.from(rewriteManifest(content.toString('utf8'), base), 'utf8') },
        ],
      }),
    ],
  };
};
