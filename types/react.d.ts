// JSX types for React 19 users: `import 'port-checklist/react';` once (or list it in tsconfig "types"), then
// <port-checklist config={…} onport-checklist-progress={(e) => e.detail.percent} /> is checked.
import type {
  Answers,
  ChecklistConfig,
  PortChecklist,
  PortChecklistEventMap,
  StorageAdapter,
} from 'port-checklist';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type PortChecklistEvents = {
  [K in keyof PortChecklistEventMap as `on${K}`]?: (event: PortChecklistEventMap[K]) => void;
};

export interface PortChecklistProps
  extends DetailedHTMLProps<HTMLAttributes<PortChecklist>, PortChecklist>, PortChecklistEvents {
  config?: ChecklistConfig | string;
  'config-src'?: string;
  'config-timeout'?: number | string;
  'storage-key'?: string;
  /** An adapter object too: React 19 sets it as a property. */
  storage?: 'local' | 'none' | 'consent' | StorageAdapter;
  theme?: 'auto' | 'light' | 'dark';
  locale?: string;
  'critical-only'?: boolean;
  'hide-completed'?: boolean;
  analytics?: 'datalayer';
  region?: 'us' | 'gb' | 'uk' | 'se' | 'de' | 'generic' | (string & {});
  answers?: Answers | string;
  'port-date'?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'port-checklist': PortChecklistProps;
    }
  }
}
