/**
 * What the canvas, the list and the exports draw for a node and an edge. Shared by the whole-graph
 * and neighbourhood queries, because both feed the same canvas.
 */
import { graphql } from '../gql/index.js';

export const CanvasNodeFragment = graphql(`
  fragment CanvasNode on Node {
    id
    label
    kind
    nameDa
    nameEn
    statusFamily
    status {
      code
      labelDa
      labelEn
      date
    }
    recommendation {
      code
      labelDa
      labelEn
      date
    }
  }
`);

export const CanvasEdgeFragment = graphql(`
  fragment CanvasEdge on Edge {
    id
    type
    source
    target
    mode
    dependencyKind
    role
  }
`);
