import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vite';

// The package's feeds/ folder is the site's public folder here: /wipo-cipo-2024.json and its images.
// Your app would name its office's hosted feed instead.
const feeds = dirname(createRequire(import.meta.url).resolve('ip-program-widgets/feeds/wipo-cipo-2024.json'));

export default defineConfig({ plugins: [svelte()], publicDir: feeds });
