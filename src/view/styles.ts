import { css } from 'lit';

export const styles = css`
  :host {
    /* Public theming API: set any of these on the element (or an ancestor) to restyle it. Colours are
       light-dark(light, dark) pairs: the pair used follows color-scheme (the theme attribute). */
    /* Links, progress fill, checkboxes and the call-to-action button. */
    --port-checklist-accent: light-dark(#1d4ed8, #93c5fd);
    /* Text on an accent-coloured background. */
    --port-checklist-on-accent: light-dark(#ffffff, #0b1220);
    /* Body text. */
    --port-checklist-text: light-dark(#1f2937, #f3f4f6);
    /* Secondary text: subtitles, item details, counts. */
    --port-checklist-muted: light-dark(#4b5563, #c4cad3);
    /* The widget's background. */
    --port-checklist-background: light-dark(#ffffff, #111827);
    /* Cards: sections, pitfalls, call to action. */
    --port-checklist-surface: light-dark(#f8fafc, #1f2937);
    /* Lines and outlines. */
    --port-checklist-border: light-dark(#d1d5db, #4b5563);
    /* The "Critical" badge. */
    --port-checklist-critical: light-dark(#b91c1c, #fca5a5);
    /* The warning banner's text accent and border. */
    --port-checklist-warning: light-dark(#92400e, #fcd34d);
    /* The warning banner's background. */
    --port-checklist-warning-background: light-dark(#fffbeb, #2b2410);
    /* Keyboard focus ring. */
    --port-checklist-focus: light-dark(#1d4ed8, #bfdbfe);
    /* Corner radius of the widget and its cards. */
    --port-checklist-radius: 0.75em;
    /* The font; unset, the host page's font is inherited. */
    /* --port-checklist-font: inherit; */
    /* theme="auto" (default): the visitor's preference. */
    color-scheme: light dark;
    display: block;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  /* The host page's inherited text styles stop here: everything below is the widget's own. */
  .base {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    margin: 0;
    /* Tighter on narrow containers (phones), roomier on wide ones. */
    padding: clamp(0.875em, 4cqi, 1.25em);
    border: 1px solid var(--port-checklist-border);
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-background);
    color: var(--port-checklist-text);
    font-family: var(--port-checklist-font, inherit);
    font-size: 1em;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  ul {
    list-style: none;
  }
  .muted {
    color: var(--port-checklist-muted);
  }

  /* Header and progress */
  .header {
    display: grid;
    gap: 0.5em;
    margin-block-end: 1em;
  }
  .counter {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .progress {
    display: block;
    block-size: 0.625em;
    border-radius: 999px;
    overflow: hidden;
    background: var(--port-checklist-surface);
    outline: 1px solid var(--port-checklist-border);
  }
  .progress svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  [dir='rtl'] .progress svg {
    transform: scaleX(-1);
  }
  .progress rect {
    fill: var(--port-checklist-accent);
  }

  /* Banner */
  .banner {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.75em;
    margin-block-end: 1.25em;
    padding: 0.875em 1em;
    border: 1px solid var(--port-checklist-warning);
    border-inline-start-width: 0.375em;
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-warning-background);
  }
  .banner svg {
    grid-row: span 2;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: var(--port-checklist-warning);
  }
  .banner h3 {
    font-size: 1em;
  }

  /* Sections and items */
  .section,
  .pitfalls,
  .cta {
    margin-block-start: 1em;
    padding: 1em;
    border: 1px solid var(--port-checklist-border);
    border-radius: var(--port-checklist-radius);
    background: var(--port-checklist-surface);
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .section-count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .subtitle {
    margin-block-end: 0.5em;
    font-size: 0.9375em;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125em 0.75em;
    padding-block: 0.75em;
    border-block-start: 1px solid var(--port-checklist-border);
  }
  .item:first-child {
    border-block-start: 0;
  }
  .item input {
    grid-row: span 2;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--port-checklist-accent);
    cursor: pointer;
  }
  .item label {
    font-weight: 600;
    cursor: pointer;
  }
  .item.checked .item-title {
    color: var(--port-checklist-muted);
  }
  .item-body {
    grid-column: 2;
    display: grid;
    justify-items: start;
    gap: 0.25em;
    font-size: 0.9375em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--port-checklist-critical);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1.6;
    text-transform: uppercase;
    vertical-align: 0.1em;
  }

  /* Pitfalls and call to action */
  .pitfalls ul {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .pitfalls li {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--port-checklist-critical);
  }
  .cta p {
    margin-block: 0.25em 0.75em;
  }
  /* Controls */
  button,
  textarea,
  input {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-block;
    padding: 0.375em 0.875em;
    border: 1px solid var(--port-checklist-border);
    border-radius: calc(var(--port-checklist-radius) * 0.75);
    background: var(--port-checklist-background);
    font-weight: 600;
    line-height: 1.5;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    border-color: transparent;
    background: var(--port-checklist-accent);
    color: var(--port-checklist-on-accent);
  }
  .toolbar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* Both rows are filled by the tools chunk right after the first render; their space is reserved. */
  .base {
    container-type: inline-size;
  }
  .toolbar {
    min-block-size: 2.375em;
    margin-block-end: 0.25em;
  }
  @container (max-width: 26em) {
    .toolbar {
      min-block-size: 5.25em;
    }
  }
  .actions {
    min-block-size: 2.375em;
    margin-block-start: 1em;
  }
  /* The port-date planner's lines, filled by its chunk: their space is kept until it arrives. */
  .next-due {
    min-block-size: 1.5em;
    margin: 0.25em 0 0;
    font-weight: 600;
  }
  .plan {
    min-block-size: 2.375em;
    margin-block: 0.75em;
  }
  /* "About your port": one line, and the questions below it when open. */
  .setup {
    margin-block: 0.75em;
  }
  .setup-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .setup-toggle {
    margin-inline-start: auto;
  }
  /* Buttons that read as a heading or a link. */
  .section-toggle,
  .note-toggle {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .section-toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    font-weight: inherit;
  }
  .chevron {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    fill: currentColor;
    transform: rotate(90deg);
  }
  .collapsed .chevron {
    transform: none;
  }
  [dir='rtl'] .collapsed .chevron {
    transform: scaleX(-1);
  }
  .collapsed .items,
  .collapsed .subtitle,
  .filtered,
  .print-only,
  .note.editing {
    display: none;
  }
  .note {
    white-space: pre-wrap;
  }
  .note-toggle,
  .item-link {
    color: var(--port-checklist-accent);
    text-decoration: underline;
  }
  .item-link {
    justify-self: start;
  }
  .completion {
    margin-block-end: 1.25em;
    padding: 1em;
    border: 2px solid var(--port-checklist-accent);
    border-radius: var(--port-checklist-radius);
  }
  .completion p {
    margin-block: 0.25em 0.75em;
  }

  :focus-visible {
    outline: 3px solid var(--port-checklist-focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .progress rect {
      transition: width 0.2s ease-out;
    }
    .completion {
      animation: arrive 0.4s ease-out;
    }
    @keyframes arrive {
      from {
        opacity: 0;
        transform: translateY(-0.5em);
      }
    }
  }
  @media (forced-colors: active) {
    .progress {
      outline-color: CanvasText;
    }
    .progress rect {
      fill: Highlight;
    }
    .banner svg {
      fill: CanvasText;
    }
    .badge,
    .button {
      border-color: CanvasText;
    }
  }
`;
