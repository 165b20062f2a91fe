import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount Claimdesk into.');

// The boot message in index.html shows until the window draws itself in its place.
target.replaceChildren();
export default mount(App, { target });
