import { mount } from 'svelte';
import './app/theme.css';
import App from './app/App.svelte';
import { theme } from './app/theme.svelte.ts';

theme.apply();
mount(App, { target: document.getElementById('app') as HTMLElement });

// After the first visit the course works offline: the service worker precaches the built site.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy this time (e.g. a private window); the site works as usual.
    });
  });
}
