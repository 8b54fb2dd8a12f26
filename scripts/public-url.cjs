/**
 * Where the built add-in is served from: MSP_SYNC_PUBLIC_URL (https only — Office loads add-ins over https,
 * except from localhost), default https://localhost:3000. The build rewrites manifest.xml's URLs to it.
 * Plain CommonJS so webpack.config.cjs can require it.
 */
const DEFAULT_URL = 'https://localhost:3000';

function publicUrl(value) {
  const raw = (value || DEFAULT_URL).trim().replace(/\/+$/, '');
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
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`MSP_SYNC_PUBLIC_URL must be an origin without a path, such as https://msp-sync.example.com, got "${raw}"`);
  }
  return url.origin;
}

function rewriteManifest(text, base) {
  return text.split(DEFAULT_URL).join(base);
}

module.exports = { DEFAULT_URL, publicUrl, rewriteManifest };
