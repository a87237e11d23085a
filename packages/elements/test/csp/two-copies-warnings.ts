// Loaded before the bundles: records console warnings (the second copy must warn, not throw).
declare global {
  interface Window {
    takarWarnings: string[];
    takarErrors: string[];
  }
}
window.takarWarnings = [];
window.takarErrors = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  window.takarWarnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
window.addEventListener('error', (e) => window.takarErrors.push(e.message));
export {};
