// Rewrites manifest.xml's development URLs (https://localhost:3000/...) to where dist/ is hosted, as the Office
// Yeoman template does at build time. Used by webpack.config.js; tested in test/manifest/.
const DEV_URL = 'https://localhost:3000/';

function productionManifest(xml, prodUrl) {
  const url = new URL(prodUrl);
  if (url.protocol !== 'https:') throw new Error(`The add-in must be served over https, not ${prodUrl}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(url.origin);
}

module.exports = { DEV_URL, productionManifest };
