// GraphiQL from the graphiql package's own browser bundle and React's UMD builds, all
// served by this server. It talks only to /graphql on this origin.
(function () {
  const root = document.getElementById('graphiql');
  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    root.textContent = 'GraphiQL could not load: its files are missing from this server (npm install puts them in node_modules).';
    root.className = 'gi-error';
    return;
  }
  const fetcher = window.GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
  const defaultQuery = [
    '# Entities whose name or alias matches, in English or Danish',
    'query Search($text: String!) {',
    '  search(text: $text, first: 5) {',
    '    id',
    '    name',
    '    type',
    '    aliases',
    '    relationships(first: 5) {',
    '      totalCount',
    '      edges { node { type source { name } target { name } confidence } }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  window.ReactDOM.createRoot(root).render(
    window.React.createElement(window.GraphiQL, {
      fetcher,
      defaultQuery,
      defaultVariableEditorOpen: true,
      variables: '{ "text": "Huawei" }',
      shouldPersistHeaders: false,
    }),
  );
})();
