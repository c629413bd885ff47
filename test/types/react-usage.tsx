// Type-checked (npm run typecheck), not run: what a React 19 + TypeScript user writes.
import 'port-checklist/react';
import type { ChecklistConfig, StorageAdapter, StoredRecord } from 'port-checklist';

const config: ChecklistConfig = {
  title: 'T',
  sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
};

export const ok = (
  <port-checklist
    config={config}
    storage-key="react"
    critical-only
    onport-checklist-progress={(event) => event.detail.percent.toFixed(0)}
    onport-checklist-cta={(event) => event.preventDefault()}
  />
);

// @ts-expect-error: storage is "local", "none", "consent" or an adapter
export const wrongStorage = <port-checklist storage="session" />;

const saved = new Map<string, StoredRecord>();
const adapter: StorageAdapter = {
  load: (key) => saved.get(key) ?? null,
  save: async (key, record) => void saved.set(key, record),
};
export const consent = <port-checklist storage="consent" port-date="2027-01-14" />;
export const hosted = <port-checklist storage={adapter} />;

// @ts-expect-error: the progress detail has no "score"
export const wrongDetail = <port-checklist onport-checklist-progress={(event) => event.detail.score} />;
