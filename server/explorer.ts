// The browser pages: the graph explorer at / and GraphiQL at /graphiql. Everything they
// load comes from this server (web/ and a few files of installed packages), so nothing
// leaves localhost; a strict Content-Security-Policy keeps it that way.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Config } from '../core/config';

/** Scripts, styles and requests only from this origin; no inline script, no frames. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The files of installed packages the pages load, by URL under /vendor/. Only these are
 * served, never a whole package folder.
 */
export const VENDOR_FILES: Record<string, [pkg: string, file: string]> = {
  'cytoscape.esm.min.mjs': ['cytoscape', 'dist/cytoscape.esm.min.mjs'],
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

function secure(res: express.Response): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * Where an installed package's file is, or undefined when it is missing. Looked up in the
 * node_modules folders above the project root (not with require.resolve: packages with an
 * `exports` map hide their package.json and dist files from it).
 */
function vendorPath(root: string, [pkg, file]: [string, string]): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const full = path.join(dir, 'node_modules', pkg, file);
    if (fs.existsSync(full)) return full;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `graphiql: false` (production, or POLICY_GRAPH_GRAPHIQL=0) leaves /graphiql unserved. */
export function mountExplorer(app: express.Express, config: Config, options: { graphiql?: boolean } = {}): void {
  const web = path.join(config.root, 'web');
  const router = express.Router();
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    secure(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(web, file));
  };
  router.get('/', page('index.html'));
  if (options.graphiql !== false) router.get('/graphiql', page('graphiql.html'));
  router.use('/web', express.static(web, { index: false, setHeaders: secure }));

  const vendor = new Map<string, string>();
  for (const [name, where] of Object.entries(VENDOR_FILES)) {
    const full = vendorPath(config.root, where);
    if (full) vendor.set(name, full);
  }
  router.get('/vendor/:file', (req, res, next) => {
    const full = vendor.get(String(req.params.file));
    if (!full) return next();
    secure(res);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.sendFile(full);
  });
  app.use(router);
}
