// The kiosk runs from IndexedDB and the service worker's cache; there is nothing to render on the
// server, and a server-rendered page could not start offline.
export const ssr = false;
