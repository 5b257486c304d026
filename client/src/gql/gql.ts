/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AddRelation($input: AddRelationInput!) {\n    addRelation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddRelationDocument,
    "\n  fragment CanvasNode on Node {\n    id\n    label\n    kind\n    nameDa\n    nameEn\n    statusFamily\n    status {\n      code\n      labelDa\n      labelEn\n      date\n    }\n    recommendation {\n      code\n      labelDa\n      labelEn\n      date\n    }\n  }\n": typeof types.CanvasNodeFragmentDoc,
    "\n  fragment CanvasEdge on Edge {\n    id\n    type\n    source\n    target\n    mode\n    dependencyKind\n    role\n  }\n": typeof types.CanvasEdgeFragmentDoc,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      id\n      version\n      nameDa\n    }\n  }\n": typeof types.CreateNodeDocument,
    "\n  mutation EndAwaiting($input: EndAwaitingInput!) {\n    endAwaiting(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n": typeof types.EndAwaitingDocument,
    "\n  mutation EndRelation($input: EndRelationInput!) {\n    endRelation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.EndRelationDocument,
    "\n  query Documents {\n    documents {\n      id\n      title\n      asOf\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query ExplorerGraph($filter: NodeFilter, $asOf: Date) {\n    graph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n      truncated\n    }\n  }\n": typeof types.ExplorerGraphDocument,
    "\n  query FilterOptions {\n    clusters: nodes(filter: { labels: [Cluster] }, first: 500) {\n      edges {\n        node {\n          id\n          nameDa\n          nameEn\n        }\n      }\n    }\n    bodies: nodes(filter: { labels: [Body, WorkingGroup, Organisation] }, first: 500) {\n      edges {\n        node {\n          id\n          label\n          kind\n          nameDa\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query ImpactReport($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      csv\n      markdown\n    }\n  }\n": typeof types.ImpactReportDocument,
    "\n  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      totalCount\n      summary {\n        direct\n        indirect\n        inherited\n        byResponsibleBody {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n        byCluster {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n      }\n      affected(first: 500) {\n        classification\n        depth\n        rule\n        ruleDa\n        ruleEn\n        consequence\n        consequenceEn\n        consequenceCode\n        node {\n          ...CanvasNode\n        }\n        paths {\n          edges {\n            source\n            target\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImpactDocument,
    "\n  query Me {\n    me {\n      kind\n      id\n      name\n      role\n      signInAvailable\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int!, $direction: Direction!, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, direction: $direction, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query NodeChanges($id: ID!) {\n    node(id: $id) {\n      id\n      changes(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            at\n            mutation\n            reason\n            revertOf\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NodeChangesDocument,
    "\n  query NodeDetail($id: ID!, $asOf: Date) {\n    node(id: $id, asOf: $asOf) {\n      id\n      version\n      label\n      kind\n      nameDa\n      nameEn\n      aliases\n      note\n      statusFamily\n      status {\n        ...StatusEntry\n      }\n      recommendation {\n        ...StatusEntry\n      }\n      statusHistory {\n        ...StatusEntry\n      }\n      horizon {\n        raw\n        start\n        end\n      }\n      sources {\n        quote\n        confidence\n        document {\n          id\n          title\n          asOf\n        }\n      }\n      relations {\n        direction\n        edge {\n          id\n          version\n          type\n          mode\n          since\n          dependencyKind\n          effective\n          role\n          date\n          text\n          quote\n        }\n        other {\n          id\n          label\n          nameDa\n          nameEn\n          statusFamily\n        }\n      }\n      ... on SourceDocument {\n        title\n        file\n        asOf\n      }\n      ... on Agreement {\n        validFrom\n        validTo\n        ownerBody {\n          id\n          nameDa\n          nameEn\n        }\n      }\n      ... on WorkingGroup {\n        establishedOn\n        torStatus\n      }\n      ... on Body {\n        activeFrom\n        activeTo\n      }\n      ... on NationalNode {\n        agreedOn\n        lawRef\n        effectiveFrom\n      }\n      ... on Task {\n        level\n      }\n    }\n  }\n": typeof types.NodeDetailDocument,
    "\n  fragment StatusEntry on StatusObservation {\n    seq\n    code\n    labelDa\n    labelEn\n    family\n    textDa\n    date\n    observedOn\n    kind\n    document {\n      id\n      title\n    }\n  }\n": typeof types.StatusEntryFragmentDoc,
    "\n  mutation RecordStatus($input: RecordStatusInput!) {\n    recordStatus(input: $input) {\n      id\n      statusFamily\n    }\n  }\n": typeof types.RecordStatusDocument,
    "\n  mutation RegisterDocument($input: RegisterDocumentInput!) {\n    registerDocument(input: $input) {\n      id\n      title\n      asOf\n    }\n  }\n": typeof types.RegisterDocumentDocument,
    "\n  mutation RetireNode($input: RetireNodeInput!) {\n    retireNode(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RetireNodeDocument,
    "\n  mutation RetractStatus($input: RetractStatusInput!) {\n    retractStatus(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n": typeof types.RetractStatusDocument,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      mutation\n    }\n  }\n": typeof types.RevertChangeDocument,
    "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      label\n      nameDa\n      nameEn\n      statusFamily\n    }\n  }\n": typeof types.SearchNodesDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateNodeDocument,
};
const documents: Documents = {
    "\n  mutation AddRelation($input: AddRelationInput!) {\n    addRelation(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddRelationDocument,
    "\n  fragment CanvasNode on Node {\n    id\n    label\n    kind\n    nameDa\n    nameEn\n    statusFamily\n    status {\n      code\n      labelDa\n      labelEn\n      date\n    }\n    recommendation {\n      code\n      labelDa\n      labelEn\n      date\n    }\n  }\n": types.CanvasNodeFragmentDoc,
    "\n  fragment CanvasEdge on Edge {\n    id\n    type\n    source\n    target\n    mode\n    dependencyKind\n    role\n  }\n": types.CanvasEdgeFragmentDoc,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      id\n      version\n      nameDa\n    }\n  }\n": types.CreateNodeDocument,
    "\n  mutation EndAwaiting($input: EndAwaitingInput!) {\n    endAwaiting(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n": types.EndAwaitingDocument,
    "\n  mutation EndRelation($input: EndRelationInput!) {\n    endRelation(input: $input) {\n      id\n      version\n    }\n  }\n": types.EndRelationDocument,
    "\n  query Documents {\n    documents {\n      id\n      title\n      asOf\n    }\n  }\n": types.DocumentsDocument,
    "\n  query ExplorerGraph($filter: NodeFilter, $asOf: Date) {\n    graph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n      truncated\n    }\n  }\n": types.ExplorerGraphDocument,
    "\n  query FilterOptions {\n    clusters: nodes(filter: { labels: [Cluster] }, first: 500) {\n      edges {\n        node {\n          id\n          nameDa\n          nameEn\n        }\n      }\n    }\n    bodies: nodes(filter: { labels: [Body, WorkingGroup, Organisation] }, first: 500) {\n      edges {\n        node {\n          id\n          label\n          kind\n          nameDa\n          nameEn\n        }\n      }\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query ImpactReport($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      csv\n      markdown\n    }\n  }\n": types.ImpactReportDocument,
    "\n  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      totalCount\n      summary {\n        direct\n        indirect\n        inherited\n        byResponsibleBody {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n        byCluster {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n      }\n      affected(first: 500) {\n        classification\n        depth\n        rule\n        ruleDa\n        ruleEn\n        consequence\n        consequenceEn\n        consequenceCode\n        node {\n          ...CanvasNode\n        }\n        paths {\n          edges {\n            source\n            target\n            type\n          }\n        }\n      }\n    }\n  }\n": types.ImpactDocument,
    "\n  query Me {\n    me {\n      kind\n      id\n      name\n      role\n      signInAvailable\n    }\n  }\n": types.MeDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int!, $direction: Direction!, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, direction: $direction, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query NodeChanges($id: ID!) {\n    node(id: $id) {\n      id\n      changes(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            at\n            mutation\n            reason\n            revertOf\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NodeChangesDocument,
    "\n  query NodeDetail($id: ID!, $asOf: Date) {\n    node(id: $id, asOf: $asOf) {\n      id\n      version\n      label\n      kind\n      nameDa\n      nameEn\n      aliases\n      note\n      statusFamily\n      status {\n        ...StatusEntry\n      }\n      recommendation {\n        ...StatusEntry\n      }\n      statusHistory {\n        ...StatusEntry\n      }\n      horizon {\n        raw\n        start\n        end\n      }\n      sources {\n        quote\n        confidence\n        document {\n          id\n          title\n          asOf\n        }\n      }\n      relations {\n        direction\n        edge {\n          id\n          version\n          type\n          mode\n          since\n          dependencyKind\n          effective\n          role\n          date\n          text\n          quote\n        }\n        other {\n          id\n          label\n          nameDa\n          nameEn\n          statusFamily\n        }\n      }\n      ... on SourceDocument {\n        title\n        file\n        asOf\n      }\n      ... on Agreement {\n        validFrom\n        validTo\n        ownerBody {\n          id\n          nameDa\n          nameEn\n        }\n      }\n      ... on WorkingGroup {\n        establishedOn\n        torStatus\n      }\n      ... on Body {\n        activeFrom\n        activeTo\n      }\n      ... on NationalNode {\n        agreedOn\n        lawRef\n        effectiveFrom\n      }\n      ... on Task {\n        level\n      }\n    }\n  }\n": types.NodeDetailDocument,
    "\n  fragment StatusEntry on StatusObservation {\n    seq\n    code\n    labelDa\n    labelEn\n    family\n    textDa\n    date\n    observedOn\n    kind\n    document {\n      id\n      title\n    }\n  }\n": types.StatusEntryFragmentDoc,
    "\n  mutation RecordStatus($input: RecordStatusInput!) {\n    recordStatus(input: $input) {\n      id\n      statusFamily\n    }\n  }\n": types.RecordStatusDocument,
    "\n  mutation RegisterDocument($input: RegisterDocumentInput!) {\n    registerDocument(input: $input) {\n      id\n      title\n      asOf\n    }\n  }\n": types.RegisterDocumentDocument,
    "\n  mutation RetireNode($input: RetireNodeInput!) {\n    retireNode(input: $input) {\n      id\n      version\n    }\n  }\n": types.RetireNodeDocument,
    "\n  mutation RetractStatus($input: RetractStatusInput!) {\n    retractStatus(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n": types.RetractStatusDocument,
    "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      mutation\n    }\n  }\n": types.RevertChangeDocument,
    "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      label\n      nameDa\n      nameEn\n      statusFamily\n    }\n  }\n": types.SearchNodesDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRelation($input: AddRelationInput!) {\n    addRelation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddRelation($input: AddRelationInput!) {\n    addRelation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasNode on Node {\n    id\n    label\n    kind\n    nameDa\n    nameEn\n    statusFamily\n    status {\n      code\n      labelDa\n      labelEn\n      date\n    }\n    recommendation {\n      code\n      labelDa\n      labelEn\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment CanvasNode on Node {\n    id\n    label\n    kind\n    nameDa\n    nameEn\n    statusFamily\n    status {\n      code\n      labelDa\n      labelEn\n      date\n    }\n    recommendation {\n      code\n      labelDa\n      labelEn\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CanvasEdge on Edge {\n    id\n    type\n    source\n    target\n    mode\n    dependencyKind\n    role\n  }\n"): (typeof documents)["\n  fragment CanvasEdge on Edge {\n    id\n    type\n    source\n    target\n    mode\n    dependencyKind\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      id\n      version\n      nameDa\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      id\n      version\n      nameDa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAwaiting($input: EndAwaitingInput!) {\n    endAwaiting(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n"): (typeof documents)["\n  mutation EndAwaiting($input: EndAwaitingInput!) {\n    endAwaiting(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndRelation($input: EndRelationInput!) {\n    endRelation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EndRelation($input: EndRelationInput!) {\n    endRelation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents {\n    documents {\n      id\n      title\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query Documents {\n    documents {\n      id\n      title\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerGraph($filter: NodeFilter, $asOf: Date) {\n    graph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query ExplorerGraph($filter: NodeFilter, $asOf: Date) {\n    graph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    clusters: nodes(filter: { labels: [Cluster] }, first: 500) {\n      edges {\n        node {\n          id\n          nameDa\n          nameEn\n        }\n      }\n    }\n    bodies: nodes(filter: { labels: [Body, WorkingGroup, Organisation] }, first: 500) {\n      edges {\n        node {\n          id\n          label\n          kind\n          nameDa\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    clusters: nodes(filter: { labels: [Cluster] }, first: 500) {\n      edges {\n        node {\n          id\n          nameDa\n          nameEn\n        }\n      }\n    }\n    bodies: nodes(filter: { labels: [Body, WorkingGroup, Organisation] }, first: 500) {\n      edges {\n        node {\n          id\n          label\n          kind\n          nameDa\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactReport($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      csv\n      markdown\n    }\n  }\n"): (typeof documents)["\n  query ImpactReport($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      csv\n      markdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      totalCount\n      summary {\n        direct\n        indirect\n        inherited\n        byResponsibleBody {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n        byCluster {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n      }\n      affected(first: 500) {\n        classification\n        depth\n        rule\n        ruleDa\n        ruleEn\n        consequence\n        consequenceEn\n        consequenceCode\n        node {\n          ...CanvasNode\n        }\n        paths {\n          edges {\n            source\n            target\n            type\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {\n    impact(change: $change, options: $options) {\n      totalCount\n      summary {\n        direct\n        indirect\n        inherited\n        byResponsibleBody {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n        byCluster {\n          count\n          node {\n            id\n            nameDa\n            nameEn\n          }\n        }\n      }\n      affected(first: 500) {\n        classification\n        depth\n        rule\n        ruleDa\n        ruleEn\n        consequence\n        consequenceEn\n        consequenceCode\n        node {\n          ...CanvasNode\n        }\n        paths {\n          edges {\n            source\n            target\n            type\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      kind\n      id\n      name\n      role\n      signInAvailable\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      kind\n      id\n      name\n      role\n      signInAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int!, $direction: Direction!, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, direction: $direction, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighborhood($id: ID!, $depth: Int!, $direction: Direction!, $asOf: Date) {\n    neighborhood(id: $id, depth: $depth, direction: $direction, asOf: $asOf) {\n      nodes {\n        ...CanvasNode\n      }\n      edges {\n        ...CanvasEdge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeChanges($id: ID!) {\n    node(id: $id) {\n      id\n      changes(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            at\n            mutation\n            reason\n            revertOf\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeChanges($id: ID!) {\n    node(id: $id) {\n      id\n      changes(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            at\n            mutation\n            reason\n            revertOf\n            actor {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetail($id: ID!, $asOf: Date) {\n    node(id: $id, asOf: $asOf) {\n      id\n      version\n      label\n      kind\n      nameDa\n      nameEn\n      aliases\n      note\n      statusFamily\n      status {\n        ...StatusEntry\n      }\n      recommendation {\n        ...StatusEntry\n      }\n      statusHistory {\n        ...StatusEntry\n      }\n      horizon {\n        raw\n        start\n        end\n      }\n      sources {\n        quote\n        confidence\n        document {\n          id\n          title\n          asOf\n        }\n      }\n      relations {\n        direction\n        edge {\n          id\n          version\n          type\n          mode\n          since\n          dependencyKind\n          effective\n          role\n          date\n          text\n          quote\n        }\n        other {\n          id\n          label\n          nameDa\n          nameEn\n          statusFamily\n        }\n      }\n      ... on SourceDocument {\n        title\n        file\n        asOf\n      }\n      ... on Agreement {\n        validFrom\n        validTo\n        ownerBody {\n          id\n          nameDa\n          nameEn\n        }\n      }\n      ... on WorkingGroup {\n        establishedOn\n        torStatus\n      }\n      ... on Body {\n        activeFrom\n        activeTo\n      }\n      ... on NationalNode {\n        agreedOn\n        lawRef\n        effectiveFrom\n      }\n      ... on Task {\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeDetail($id: ID!, $asOf: Date) {\n    node(id: $id, asOf: $asOf) {\n      id\n      version\n      label\n      kind\n      nameDa\n      nameEn\n      aliases\n      note\n      statusFamily\n      status {\n        ...StatusEntry\n      }\n      recommendation {\n        ...StatusEntry\n      }\n      statusHistory {\n        ...StatusEntry\n      }\n      horizon {\n        raw\n        start\n        end\n      }\n      sources {\n        quote\n        confidence\n        document {\n          id\n          title\n          asOf\n        }\n      }\n      relations {\n        direction\n        edge {\n          id\n          version\n          type\n          mode\n          since\n          dependencyKind\n          effective\n          role\n          date\n          text\n          quote\n        }\n        other {\n          id\n          label\n          nameDa\n          nameEn\n          statusFamily\n        }\n      }\n      ... on SourceDocument {\n        title\n        file\n        asOf\n      }\n      ... on Agreement {\n        validFrom\n        validTo\n        ownerBody {\n          id\n          nameDa\n          nameEn\n        }\n      }\n      ... on WorkingGroup {\n        establishedOn\n        torStatus\n      }\n      ... on Body {\n        activeFrom\n        activeTo\n      }\n      ... on NationalNode {\n        agreedOn\n        lawRef\n        effectiveFrom\n      }\n      ... on Task {\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusEntry on StatusObservation {\n    seq\n    code\n    labelDa\n    labelEn\n    family\n    textDa\n    date\n    observedOn\n    kind\n    document {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment StatusEntry on StatusObservation {\n    seq\n    code\n    labelDa\n    labelEn\n    family\n    textDa\n    date\n    observedOn\n    kind\n    document {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStatus($input: RecordStatusInput!) {\n    recordStatus(input: $input) {\n      id\n      statusFamily\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStatus($input: RecordStatusInput!) {\n    recordStatus(input: $input) {\n      id\n      statusFamily\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDocument($input: RegisterDocumentInput!) {\n    registerDocument(input: $input) {\n      id\n      title\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDocument($input: RegisterDocumentInput!) {\n    registerDocument(input: $input) {\n      id\n      title\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireNode($input: RetireNodeInput!) {\n    retireNode(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RetireNode($input: RetireNodeInput!) {\n    retireNode(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractStatus($input: RetractStatusInput!) {\n    retractStatus(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n"): (typeof documents)["\n  mutation RetractStatus($input: RetractStatusInput!) {\n    retractStatus(input: $input) {\n      id\n      version\n      statusFamily\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      mutation\n    }\n  }\n"): (typeof documents)["\n  mutation RevertChange($input: RevertChangeInput!) {\n    revertChange(input: $input) {\n      id\n      mutation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      label\n      nameDa\n      nameEn\n      statusFamily\n    }\n  }\n"): (typeof documents)["\n  query SearchNodes($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      label\n      nameDa\n      nameEn\n      statusFamily\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      id\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;