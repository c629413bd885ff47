/** The package version, kept equal to package.json's (a test checks it). */
export const VERSION: string = '0.1.0';
