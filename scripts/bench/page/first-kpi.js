// Init script for the reopen measurement: records, relative to navigation start, when the first
// KPI card shows a value (`[data-kpi]` with a non-empty `data-value`).
(() => {
  const found = () => {
    for (const el of document.querySelectorAll('[data-kpi]')) {
      if (el.getAttribute('data-value')) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.__ysFirstKpiMs === undefined && found()) {
      window.__ysFirstKpiMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();
