// The explorer's entry point: the main search box and a hash router over four views.
//   #/entity/<id>        the graph around an entity
//   #/paths[/<a>/<b>]    shortest paths between two entities
//   #/policy[/<id>]      a programme and its tracks
//   #/dashboard          statistics
import { combobox } from './combobox.js';
import { $, announce } from './dom.js';
import { createDashboard } from './dashboard.js';
import { createExplore } from './explore.js';
import { createPaths } from './paths.js';
import { createPolicy } from './policy.js';

let silentHash = null;
function navigate(hash, { silent = false } = {}) {
  if (silent) silentHash = hash;
  if (location.hash === hash) route();
  else location.hash = hash;
}

const views = {
  explore: createExplore({ navigate }),
  paths: createPaths({ navigate }),
  policy: createPolicy({ navigate }),
  dashboard: createDashboard({ navigate }),
};

combobox($('#q'), {
  label: 'Entity suggestions',
  onPick: (e) => navigate(`#/entity/${encodeURIComponent(e.id)}`),
});

function showView(name) {
  for (const section of document.querySelectorAll('main > .view')) section.hidden = section.id !== `view-${name}`;
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.view = name;
}

async function route() {
  const hash = location.hash;
  if (silentHash === hash) {
    silentHash = null;
    return;
  }
  announce('');
  const [, view = '', ...rest] = hash.replace(/^#/, '').split('/');
  const args = rest.map(decodeURIComponent);
  switch (view) {
    case 'entity':
      showView('explore');
      views.explore.resize();
      return views.explore.open(args[0]);
    case 'paths':
      showView('paths');
      return views.paths.show(args[0], args[1]);
    case 'policy':
      showView('policy');
      return views.policy.show(args[0]);
    case 'dashboard':
      showView('dashboard');
      return views.dashboard.show();
    default:
      showView('explore');
      views.explore.resize();
  }
}

window.addEventListener('hashchange', () => route().catch((err) => announce(err.message)));
route().catch((err) => announce(err.message));
