// React 19 ships CommonJS only; web-test-runner.config.mjs bundles this entry into an ES module that the
// React test loads (node_modules/.cache/port-checklist-tests/react.js).
import React from 'react';
import { createRoot } from 'react-dom/client';

export const createElement = React.createElement;
export const act = React.act;
export { createRoot };
