/**
 * Flat lists, completed in one pass. graphql-js 16 completes every field of every list item on
 * its own: a resolve-info object, two null-prototype dictionaries for the (absent) arguments, a
 * path entry and a dictionary for the item's result. A track's 200 fixations and 1,500 sample
 * values, or a facet's buckets, cost ~1 MB of short-lived garbage per request that way.
 *
 * A list is flat when its items are leaves (scalars, enums) or objects whose every field is a
 * flat argument-free field read by the default resolver. In the execution schema (never shown
 * to clients: validation and introspection use the contract) such list fields are typed as the
 * opaque scalar `Completed`, and their resolvers complete the value themselves with the
 * contract's types: same response keys (aliases, fragments, @skip/@include, __typename), same
 * `serialize` per leaf, same null checks.
 *
 * Lists of other objects (a connection's edges, an image's reads) are flat *in an operation*
 * when every field the operation selects below them is: `selectionFlatLists` names them per
 * document, and the executor runs that document on an execution schema that completes them
 * the same way (execution.ts).
 *
 * Errors: the fast pass keeps no paths. When it throws, the value is completed again with
 * graphql-js's semantics and paths: an error at a nullable position nulls that position and is
 * reported through `ErrorSink` (added to the response by the executor); one at a non-null
 * position propagates, located at the exact path, as graphql-js would.
 */
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  TypeInfo,
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  locatedError,
  responsePathAsArray,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { subFields } from './selection.ts';

/** The execution schema's type of a flat list field: the value is already completed. */
export const COMPLETED = new GraphQLScalarType({
  name: 'Completed',
  description: 'Internal: a value completed by its resolver (flat-lists.ts).',
  serialize: (v) => v,
  parseValue: () => {
    throw new GraphQLError('Completed is an output type');
  },
  parseLiteral: () => {
    throw new GraphQLError('Completed is an output type');
  },
});

/** Where errors at nullable positions go (the executor adds them to the response). */
export type ErrorSink = (error: GraphQLError) => void;

export type HasResolver = (type: string, field: string) => boolean;

/**
 * `Type.field` coordinates of the contract's flat list fields: a list somewhere in the field's
 * type, and a flat named type (the field itself may have a resolver and arguments).
 */
export function flatListFields(contract: GraphQLSchema, hasResolver: HasResolver): Set<string> {
  const flat = new Map<string, boolean>();
  const isFlat = (type: GraphQLOutputType): boolean => {
    const named = getNamedType(type);
    if (isLeafType(named)) return true;
    if (!isObjectType(named)) return false;
    const known = flat.get(named.name);
    if (known !== undefined) return known;
    flat.set(named.name, false); // a cycle is not flat
    const ok = Object.values(named.getFields()).every(
      (f) => f.args.length === 0 && !hasResolver(named.name, f.name) && isFlat(f.type),
    );
    flat.set(named.name, ok);
    return ok;
  };
  const out = new Set<string>();
  for (const type of Object.values(contract.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      if (containsList(field.type) && isFlat(field.type)) out.add(`${type.name}.${field.name}`);
  }
  return out;
}

/**
 * List fields of objects that are not flat by type (edges, an image's reads): flat in an
 * operation whose every selection of them is (`selectionFlatLists`).
 */
export function objectListFields(contract: GraphQLSchema, flat: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const type of Object.values(contract.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (containsList(field.type) && isObjectType(getNamedType(field.type)) && !flat.has(coordinate))
        out.add(coordinate);
    }
  }
  return out;
}

/**
 * The `candidates` (objectListFields) that `document` selects flat wherever it selects them:
 * below them only argument-free fields read by the default resolver (through fragments and
 * inline fragments on the item type; __typename allowed). Candidates the document does not
 * select are flat too (nothing of theirs runs).
 */
export function selectionFlatLists(
  contract: GraphQLSchema,
  document: DocumentNode,
  candidates: ReadonlySet<string>,
  hasResolver: HasResolver,
): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out = new Set(candidates);
  const typeInfo = new TypeInfo(contract);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const def = typeInfo.getFieldDef();
        const coordinate = `${parent?.name}.${node.name.value}`;
        if (!def || !out.has(coordinate)) return;
        if (!flatSelection(def.type, node.selectionSet, { fragments, hasResolver, seen: new Set() }))
          out.delete(coordinate);
      },
    }),
  );
  return out;
}

interface SelectionScope {
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  hasResolver: HasResolver;
  /** Fragments being expanded on the current path (validation forbids cycles; guarded anyway). */
  seen: Set<string>;
}

function flatSelection(type: GraphQLOutputType, set: SelectionSetNode | undefined, scope: SelectionScope): boolean {
  const named = getNamedType(type);
  if (isLeafType(named)) return true;
  if (!isObjectType(named) || !set) return false;
  return set.selections.every((sel) => {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === '__typename') return true;
      const f = named.getFields()[sel.name.value];
      return (
        f !== undefined &&
        f.args.length === 0 &&
        !scope.hasResolver(named.name, f.name) &&
        flatSelection(f.type, sel.selectionSet, scope)
      );
    }
    const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : scope.fragments.get(sel.name.value);
    if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== named.name)) return false;
    if (sel.kind === Kind.INLINE_FRAGMENT) return flatSelection(named, fragment.selectionSet, scope);
    if (scope.seen.has(sel.name.value)) return false;
    scope.seen.add(sel.name.value);
    const ok = flatSelection(named, fragment.selectionSet, scope);
    scope.seen.delete(sel.name.value);
    return ok;
  });
}

function containsList(type: GraphQLOutputType): boolean {
  if (isListType(type)) return true;
  return isNonNullType(type) ? containsList(type.ofType) : false;
}

/**
 * The execution schema's resolver of a flat list field: the contract's resolver (or the
 * default one), then one completion pass with the contract's field type.
 */
export function completingResolver(
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLObjectType,
  resolve: GraphQLFieldResolver<unknown, unknown> = defaultFieldResolver,
  sinkOf: (context: unknown) => ErrorSink | undefined,
): GraphQLFieldResolver<unknown, unknown> {
  const plans = new Plans();
  const complete = (value: unknown, context: unknown, info: GraphQLResolveInfo) => {
    const plan = plans.get(info, () =>
      completer(field.type, { parent: parent.name, field: field.name, info, nodes: info.fieldNodes }),
    );
    try {
      return plan(value, undefined);
    } catch {
      // Again with paths, to null and report exactly what graphql-js would.
      const sink = sinkOf(context);
      return plan(value, { path: info.path, nodes: info.fieldNodes, sink });
    }
  };
  return (source, args, context, info) => {
    const value = resolve(source, args, context, info);
    return isThenable(value) ? value.then((v) => complete(v, context, info)) : complete(value, context, info);
  };
}

/**
 * Completion plans of one list field, one per occurrence in an operation. A plan depends on the
 * occurrence's field nodes and, through @skip/@include below them, on the variables. Documents
 * are parsed once and kept (Apollo's document store), so a plan is kept with its first field
 * node and serves every later operation of the same document, unless a directive below it
 * reads the selection differently per request: then one plan per execution (graphql-js hands
 * every item of an enclosing list the same fieldNodes array). Plans hold no request state.
 */
class Plans {
  private readonly byDocument = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; plan: Complete }>();
  private readonly byExecution = new WeakMap<readonly FieldNode[], Complete>();

  get(info: GraphQLResolveInfo, build: () => Complete): Complete {
    const nodes = info.fieldNodes;
    if (hasDirectivesBelow(nodes, info.fragments)) {
      let plan = this.byExecution.get(nodes);
      if (!plan) this.byExecution.set(nodes, (plan = build()));
      return plan;
    }
    const kept = this.byDocument.get(nodes[0]!);
    if (kept && sameNodes(kept.nodes, nodes)) return kept.plan;
    const plan = build();
    this.byDocument.set(nodes[0]!, { nodes: [...nodes], plan });
    return plan;
  }
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

const directivesBelow = new WeakMap<FieldNode, boolean>();

/** Whether any selection below these field nodes (fragments included) carries a directive. */
function hasDirectivesBelow(nodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): boolean {
  return nodes.some((node) => {
    let known = directivesBelow.get(node);
    if (known === undefined)
      directivesBelow.set(node, (known = setHasDirectives(node.selectionSet, fragments, new Set())));
    return known;
  });
}

function setHasDirectives(
  set: SelectionSetNode | undefined,
  fragments: GraphQLResolveInfo['fragments'],
  seen: Set<string>,
): boolean {
  return (set?.selections ?? []).some((sel) => {
    if ((sel.directives?.length ?? 0) > 0) return true;
    if (sel.kind !== Kind.FRAGMENT_SPREAD) return setHasDirectives(sel.selectionSet, fragments, seen);
    if (seen.has(sel.name.value)) return false;
    seen.add(sel.name.value);
    const fragment = fragments[sel.name.value];
    return (fragment?.directives?.length ?? 0) > 0 || setHasDirectives(fragment?.selectionSet, fragments, seen);
  });
}

type ResponsePath = GraphQLResolveInfo['path'];

interface Trace {
  path: ResponsePath;
  nodes: readonly FieldNode[];
  /** Absent outside the executor: errors then propagate to the list field. */
  sink: ErrorSink | undefined;
}

/** Completes a value; with a trace, errors are located and nulled as graphql-js does. */
type Complete = (value: unknown, trace: Trace | undefined) => unknown;

function at(trace: Trace, key: string | number, typename: string | undefined, nodes = trace.nodes): Trace {
  return { path: { prev: trace.path, key, typename }, nodes, sink: trace.sink };
}

/** The field whose value (or list item) is completed, as graphql-js names it in errors. */
interface Site {
  parent: string;
  field: string;
  info: GraphQLResolveInfo;
  nodes: readonly FieldNode[];
}

/** Completion of a value of `type`: the field's type or its list items'. */
function completer(type: GraphQLOutputType, site: Site): Complete {
  const required = isNonNullType(type);
  const inner = nonNull(required ? type.ofType : type, site);
  const nullMessage = `Cannot return null for non-nullable field ${site.parent}.${site.field}.`;
  return (value, trace) => {
    if (!trace) {
      if (value != null) return inner(value, undefined);
      if (required) throw new Error(nullMessage);
      return null;
    }
    try {
      if (value != null) return inner(value, trace);
      if (required) throw new Error(nullMessage);
      return null;
    } catch (err) {
      const located = locatedError(err, trace.nodes, responsePathAsArray(trace.path));
      if (required || !trace.sink) throw located;
      trace.sink(located);
      return null;
    }
  };
}

/** Completion of a non-null value of the nullable `type`. */
function nonNull(type: GraphQLOutputType, site: Site): Complete {
  if (isListType(type)) {
    const each = completer(type.ofType, site);
    const notIterable = `Expected Iterable, but did not find one for field "${site.parent}.${site.field}".`;
    const leaves = isLeafType(getNamedType(type.ofType));
    return (value, trace) => {
      const items = Array.isArray(value) ? value : iterable(value) ? Array.from(value) : undefined;
      if (!items) throw new Error(notIterable);
      // A track's long numeric lists: when every item serialises to itself the array is the
      // answer as it is (results are only serialised, never mutated), with no copy.
      if (leaves && !trace) return leafList(items, each);
      const out = new Array<unknown>(items.length);
      if (!trace) for (let i = 0; i < items.length; i++) out[i] = each(items[i], undefined);
      else for (let i = 0; i < items.length; i++) out[i] = each(items[i], at(trace, i, undefined));
      return out;
    };
  }
  if (isLeafType(type))
    return (value) => {
      const out = type.serialize(value);
      if (out == null) throw new Error(`Expected \`${type.name}.serialize\` to return a non-nullable value.`);
      return out;
    };
  if (isObjectType(type)) return objectOf(type, site.info, site.nodes);
  throw new Error(`${site.parent}.${site.field}: ${String(type)} is not a flat type`);
}

interface PlannedField {
  key: string;
  name: string;
  nodes: readonly FieldNode[];
  /** The constant of a __typename field. */
  typename?: string;
  complete?: Complete;
}

/** Completion of a flat object: the selected fields (fragments and directives applied), in order. */
function objectOf(type: GraphQLObjectType, info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Complete {
  return completeObject(type, planFields(type, info, nodes));
}

function planFields(type: GraphQLObjectType, info: GraphQLResolveInfo, nodes: readonly FieldNode[]): PlannedField[] {
  const fields = type.getFields();
  return subFields(info, nodes).map((sel) =>
    sel.name === '__typename'
      ? { ...sel, typename: type.name }
      : {
          ...sel,
          complete: completer(fields[sel.name]!.type, { parent: type.name, field: sel.name, info, nodes: sel.nodes }),
        },
  );
}

/** (Apart from planFields so that the closure, which plans keep, holds no request's info.) */
function completeObject(type: GraphQLObjectType, plan: readonly PlannedField[]): Complete {
  return (value, trace) => {
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of plan) {
      if (!f.complete) {
        out[f.key] = f.typename;
        continue;
      }
      const v = source[f.name];
      if (typeof v === 'function') throw new Error(`${type.name}.${f.name}: a flat list item's field is a function`);
      out[f.key] = f.complete(v, trace && at(trace, f.key, type.name, f.nodes));
    }
    return out;
  };
}

/** Completed leaves: `items` itself while each serialises to itself, a copy from the first that does not. */
function leafList(items: readonly unknown[], each: Complete): readonly unknown[] {
  for (let i = 0; i < items.length; i++) {
    const first = each(items[i], undefined);
    if (first === items[i]) continue;
    const out = items.slice(0, i);
    out.push(first);
    for (let j = i + 1; j < items.length; j++) out.push(each(items[j], undefined));
    return out;
  }
  return items;
}

function iterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
