// Loaded first by studio-csp.html: records every Content-Security-Policy violation on the page.
declare global {
  interface Window {
    cspViolations: string[];
  }
}
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    window.cspViolations.push(
      `${e.violatedDirective}: ${e.blockedURI || e.sample || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    ),
  true,
);
export {};
