// Entry point of the explorer.
import './styles.css';
import { Explorer } from './app.ts';

const root = document.getElementById('app');
if (root) void new Explorer(root).start();
