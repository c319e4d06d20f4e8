import { mount } from 'svelte';
import 'ip-program-widgets/define';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
