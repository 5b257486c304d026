/**
 * Every argument of an operation is bounded before it runs: strings by `TEXT`, lists by
 * `LIST_ITEMS`, at any depth of an input object, whether given inline or as a variable. A value
 * over a bound is refused as `BAD_USER_INPUT` naming the argument (`filter.text`,
 * `input.textDa`), so no resolver, service or store ever sees it: a 900 KB filter text never
 * becomes a LIKE pattern, and a new argument is bounded without anyone remembering to.
 */
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIST_ITEMS, LONG_TEXT_FIELDS, TEXT } from './limits.js';

/** Why an argument was refused, with the path of the offending value. */
export interface BoundViolation {
  argument: string;
  reason: string;
}

/** The first argument value in `operation` (and the fragments it uses) that is over a bound. */
export function findBoundViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
): BoundViolation | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // Coercion errors are the executor's to report, with its own wording.
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;

  const typeInfo = new TypeInfo(schema);
  let violation: BoundViolation | undefined;
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (violation || !definition || definition.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(definition, node, variables);
      } catch {
        return; // an invalid literal: the executor reports it
      }
      for (const [name, value] of Object.entries(values)) {
        // A mutation's one `input` object is a wrapper: its fields are what the user typed, and
        // the edit services name them without it (`nameDa`, `textDa`).
        if (name === 'input' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
          for (const [field, inner] of Object.entries(value)) violation ??= checkValue(field, field, inner);
        } else {
          violation ??= checkValue(name, name, value);
        }
      }
    },
  });
  // Each fragment once, however often it is spread: its arguments do not change between spreads.
  for (const definition of [operation, ...fragmentsUsedBy(document, operation.selectionSet)]) {
    visit(definition, visitor);
    if (violation) break;
  }
  return violation;
}

function checkValue(path: string, key: string, value: unknown): BoundViolation | undefined {
  if (typeof value === 'string') {
    const max = LONG_TEXT_FIELDS.has(key) ? TEXT.long : TEXT.short;
    return value.length > max
      ? { argument: path, reason: `højst ${max} tegn / at most ${max} characters` }
      : undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > LIST_ITEMS) {
      return { argument: path, reason: `højst ${LIST_ITEMS} elementer / at most ${LIST_ITEMS} items` };
    }
    for (const item of value) {
      const found = checkValue(path, key, item);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [field, inner] of Object.entries(value)) {
      const found = checkValue(`${path}.${field}`, field, inner);
      if (found) return found;
    }
  }
  return undefined;
}

/** The fragments a selection set spreads, transitively, each once. */
function fragmentsUsedBy(document: DocumentNode, root: SelectionSetNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [root];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = byName.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        pending.push(selection.selectionSet);
      }
    }
  }
  return [...used.values()];
}

/** The refusal as the client sees it: HTTP 400, `BAD_USER_INPUT`, the argument named. */
export function boundViolationError(violation: BoundViolation): GraphQLError {
  return new GraphQLError(`${violation.argument}: ${violation.reason}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argument: violation.argument,
      reason: violation.reason,
      http: { status: 400 },
    },
  });
}
