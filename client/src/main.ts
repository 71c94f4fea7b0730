// Entry point of the explorer.
const app = document.getElementById('app');
if (app) app.textContent = 'Who said what to whom';
