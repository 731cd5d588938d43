// Lets plain Node import the project's TypeScript modules as Vite does: see ts-resolve.mjs.
import { register } from 'node:module';

register('./ts-resolve.mjs', import.meta.url);
