// Types of the floor (vanilla.js), for the test that keeps it rendering what the element renders.
export function defineVanilla(options: { css: string; config: unknown }): void;
