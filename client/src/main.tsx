import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base and page layout first, so each feature's stylesheet (imported by its component) follows it.
import './app/app.css';
import { App } from './app/app.js';
import { createApolloClient } from './app/apollo-client.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
