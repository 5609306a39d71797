import { defineConfig, type Plugin } from 'vite';
import { bundles } from './vite.config.js';

/**
 * `npm start`: serves the demo pages with live sources. The pages load the widgets
 * as a real page would, from ../dist/<bundle>.js; in development this middleware
 * answers those URLs from the TypeScript sources, so no build is needed first.
 */
function distFromSources(): Plugin {
  return {
    name: 'conf-widgets:dist-from-sources',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url === '/' || request.url === '/index.html') request.url = '/demo/index.html';
        const match = /^\/dist\/([\w-]+)\.js(\?.*)?$/.exec(request.url ?? '');
        const source = match && bundles[match[1] as keyof typeof bundles];
        if (source) request.url = `/${source}`;
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [distFromSources()],
  // cors: the embed pages in demo/embed/ run in a sandboxed frame (an opaque origin,
  // `Origin: null`), which loads modules only with Access-Control-Allow-Origin
  server: { host: '127.0.0.1', port: 5173, cors: true },
});
