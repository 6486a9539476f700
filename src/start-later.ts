// The page's first module, in a chunk of its own (vite.config.ts) so that it runs as soon as the page's scripts
// have downloaded, before React and the app are evaluated. Only now does the page fetch the timezone picker's code
// and list (index.html holds those preloads inert, `data-later`: on a slow link they would share the bandwidth with
// the main bundle). The preview worker is not started here but by the entry, just before the first render: started
// with the preloads, its 62 KB took a third of the link the picker's chunk needed (picker 0.1 s later).

for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-later]')) link.media = 'all';
