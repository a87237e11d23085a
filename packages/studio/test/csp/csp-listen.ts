// Loaded first by studio-csp.html: records every Content-Security-Policy violation on the page.
declare global {
  interface Window {
    cspViolations: string[];
  }
}
window.cspViolations = [];
// The test page loads the studio's sources as hundreds of modules: keep every resource entry, so
// the requests made after load can be listed.
performance.setResourceTimingBufferSize(100000);
document.addEventListener(
  'securitypolicyviolation',
  (e) =>
    window.cspViolations.push(
      `${e.violatedDirective}: ${e.blockedURI || e.sample || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    ),
  true,
);
export {};
