/** The server's Markdown memo of an impact analysis, fetched when downloaded. */
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const ImpactReportQuery = graphql(`
  query ImpactReport($change: ImpactChangeInput!, $options: ImpactOptions) {
    impact(change: $change, options: $options) {
      markdown
    }
  }
`);

export function useImpactReport() {
  return useLazyQuery(ImpactReportQuery, { fetchPolicy: 'cache-first' });
}
