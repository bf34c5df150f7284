// Builds the add-in (task pane, ribbon commands page, manifest, icons) and the browser harness into dist/.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
// Comes with webpack (5.113+); where it is missing, the harness keeps webpack's default minimizer.
let MinimizerPlugin = null;
try {
  MinimizerPlugin = require('minimizer-webpack-plugin');
} catch {
  MinimizerPlugin = null;
}

// The one setting for production URLs: where dist/ is hosted. The manifest's development URL
// (https://localhost:3000/) is rewritten to it in dist/manifest.xml, as the Office Yeoman template does.
const { productionManifest } = require('./scripts/manifest-urls.cjs');
const urlProd = process.env.PMF_ADDIN_URL || 'https://pmf.example.gov.uk/addin/';

// Dev server for sideloading into desktop Excel: https with the certificates office-addin-dev-certs installs
// (npm start installs them on Windows/macOS). Without them it serves http (browsers on Linux, tests).
function devServerHttps() {
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const fs = require('fs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: 'https', options };
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true } },
};

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  const base = {
    devtool: dev ? 'eval-source-map' : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };

  const addin = {
    ...base,
    name: 'addin',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: devServerHttps(),
      static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: { keep: /^harness\// },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
  };

  const harness = {
    ...base,
    name: 'harness',
    // A development page, built before every browser-test run: esbuild minifies it in a second or two where
    // terser takes most of a minute on a small machine.
    optimization: MinimizerPlugin
      ? {
          minimizer: [
            new MinimizerPlugin({
              minify: MinimizerPlugin.esbuildMinify,
              minimizerOptions: { target: 'es2020' },
            }),
          ],
        }
      : {},
    // Rebuilds (each browser-test run) reuse unchanged modules. The cache is kept in this checkout (build/),
    // not in node_modules, which checkouts of the project may share: one checkout's cached copy of the
    // sample workbook must never stand in for another's.
    cache: {
      type: 'filesystem',
      cacheDirectory: path.resolve(__dirname, 'build', 'webpack-cache'),
      name: `harness-${dev ? 'dev' : 'prod'}`,
      buildDependencies: { config: [__filename] },
    },
    entry: { harness: './src/harness/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/harness'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/harness/harness.html' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The pane's Help link opens the help page beside the page.
          { from: 'src/help.html', to: 'help.html' },
          // The bundled sample workbook, fetched by the page from its own origin.
          { from: 'samples/*.xlsx', to: 'samples/[name][ext]' },
        ],
      }),
    ],
  };

  const which = env && env.only;
  return [addin, harness].filter((c) => !which || c.name === which);
};
