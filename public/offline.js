// Offline support: registers the site's service worker (sw.js, written by the
// build from src/prerender/sw.js) and offers a new version of the site when one
// is waiting. Without service workers, or if anything here fails, the site
// works online as before. index.html loads it as a module (`<script data-trunk
// type="module">`: Trunk gives it a hashed name under the base).
//
// The notice is <UpdateNotice/> (src/components/update_notice.rs), in every
// page: `<html data-update>` shows it. Its "Reload" button tells the waiting
// worker to take over; every tab of the site then reloads into the new version.
(() => {
  const sw = navigator.serviceWorker;
  // Inside another site's frame (an embed) there is nothing to keep offline.
  if (!sw || window.top !== window) return;
  const base = new URL('./', document.baseURI);
  const html = document.documentElement;
  let controlled = Boolean(sw.controller);
  let waiting = null;
  let reloading = false;

  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  // The first worker taking over a page changes nothing; a new version does.
  sw.addEventListener('controllerchange', () => (controlled ? reload() : (controlled = true)));

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-update-action]') : null;
    if (!button) return;
    if (button.dataset.updateAction !== 'reload') {
      html.removeAttribute('data-update');
    } else if (waiting && waiting.state === 'installed') {
      waiting.postMessage('activate');
      // If the new version never takes over, reload anyway.
      setTimeout(reload, 4000);
    } else {
      reload();
    }
  });

  const offer = (worker) => {
    waiting = worker;
    html.setAttribute('data-update', '');
  };
  const watch = (worker) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(worker);
    });

  async function register() {
    try {
      const reg = await sw.register(new URL('sw.js', base), { scope: base.pathname, updateViaCache: 'none' });
      if (reg.waiting && sw.controller) offer(reg.waiting);
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
      // Look for a new version when the reader comes back to the tab.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reg.update().catch(() => {});
      });
      // Let the worker put back anything missing from its cache.
      (await sw.ready).active?.postMessage('repair');
    } catch {
      // No worker: the site works online as before.
    }
  }
  // Once the app has started, so the worker's downloads do not compete with the
  // page's own (and find the app's files in the HTTP cache).
  if (window.wasmBindings) register();
  else addEventListener('TrunkApplicationStarted', register, { once: true });
})();
