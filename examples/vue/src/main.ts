import { createApp } from 'vue';
import 'ip-program-widgets/define';
import App from './App.vue';

createApp(App).mount('#app');
