// The host's own storage (the `storage` property given an adapter), loaded on demand: only pages that pass an
// adapter fetch this chunk. The element renders the list as loading until `connect` has adopted what the
// adapter's `load` returned; changes pushed by its `subscribe` are adopted like another tab's (source "sync").
import { AdapterStore } from '../state/adapter.js';
import type { StorageAdapter } from '../state/storage.js';
import type { ToolsHost } from './tools-host.js';

/**
 * Loads the record under `key` from `adapter` and makes it the state's store, adopting the record (the first
 * `ready` waits for this). Resolves once adopted; a slot opened meanwhile (another `storage-key`) is left alone.
 */
export async function connect(
  host: ToolsHost,
  adapter: StorageAdapter,
  key: string,
  sync: (key: string) => unknown,
): Promise<void> {
  const state = host._state;
  if (typeof adapter.load !== 'function' || typeof adapter.save !== 'function') {
    host._emit('port-checklist-error', {
      code: 'config-invalid',
      message: 'The storage adapter has no load() and save() functions; progress stays in memory',
    });
    return;
  }
  const store = new AdapterStore(adapter, key, (code, message) =>
    host._emit('port-checklist-error', { code, message }),
  );
  await store.open();
  if (host._state !== state) return;
  state.attach(store, true);
  store.listen(
    () => sync(key),
    () => host._state.store === store,
  );
}
