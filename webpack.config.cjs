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

const DEFAULT_URL = 'https://localhost:3000';

/** The public origin the manifest should point at: https only (Office refuses http except on localhost). */
function publicUrl() {
  const raw = (process.env.MSP_SYNC_PUBLIC_URL || DEFAULT_URL).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`MSP_SYNC_PUBLIC_URL must be a URL such as https://msp-sync.example.com, got "${raw}"`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !local) {
    throw new Error(`MSP_SYNC_PUBLIC_URL must use https (Office loads add-ins over https only), got "${raw}"`);
  }
  return raw;
}

function rewriteManifest(content, base) {
  return Buffer.from(content.toString('utf8').split(DEFAULT_URL).join(base), 'utf8');
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  let base;
  try {
    base = publicUrl(); // checked before anything is built
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
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, base) },
        ],
      }),
    ],
  };
};
