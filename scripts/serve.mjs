// Serves the repository root so that demo/ loads the built bundle from dist/ exactly as a marketing site
// would: plain files, no transforms. `npm start` builds first.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', open: false, nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
