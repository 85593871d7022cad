/**
 * The schemas built from schema.graphql and how operations run on them.
 *
 * The contract is what clients see: Apollo validates against it (depth, cost and access rules
 * included) and introspection answers from it. An execution schema is the same but for its
 * flat list fields (flat-lists.ts), typed `Completed` and completed in one pass: the lists flat
 * by type, plus the object lists (edges, an image's reads) the operation selects flat. Apollo's
 * gateway interface is the hook that lets an operation validated against one schema execute
 * on another; nothing here is a gateway to other services.
 */
import {
  Kind,
  buildASTSchema,
  execute,
  isObjectType,
  parse,
  visit,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type NamedTypeNode,
} from 'graphql';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  COMPLETED,
  completingResolver,
  flatListFields,
  objectListFields,
  selectionFlatLists,
  type ErrorSink,
} from './flat-lists.ts';

type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type ResolverMap = Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>>;

export interface Schemas {
  contract: GraphQLSchema;
  /** The execution schema of an operation that selects no object list flat. */
  execution: GraphQLSchema;
  /** `Type.field` of every flat list field. */
  flatLists: ReadonlySet<string>;
  /** The schema a (validated) document executes on: introspection on the contract. */
  executionFor(document: DocumentNode): GraphQLSchema;
}

export function buildSchemas(typeDefs: string, resolvers: object): Schemas {
  const map = resolvers as ResolverMap;
  const document = parse(typeDefs);
  const contract = withResolvers(buildASTSchema(document), map);
  const hasResolver = (type: string, field: string) => Object.hasOwn(map[type] ?? {}, field);
  const flatLists = flatListFields(contract, hasResolver);
  const build = (completed: ReadonlySet<string>) => executionSchema(document, contract, map, completed);
  const execution = build(flatLists);
  // Object lists flat in an operation (flat-lists.ts): one execution schema per set of those
  // that are, at most 2^n for n such fields (4 in this schema), each built once, when first needed.
  const objectLists = objectListFields(contract, flatLists);
  const byFlatSet = new Map<string, GraphQLSchema>();
  const schemaFor = (flat: ReadonlySet<string>): GraphQLSchema => {
    if (flat.size === 0) return execution;
    const key = [...flat].sort().join(' ');
    let schema = byFlatSet.get(key);
    if (!schema) byFlatSet.set(key, (schema = build(new Set([...flatLists, ...flat]))));
    return schema;
  };
  schemaFor(objectLists); // the common case: every object list flat, ready before the first operation
  const perDocument = new WeakMap<DocumentNode, GraphQLSchema>();
  return {
    contract,
    execution,
    flatLists,
    executionFor(doc) {
      let schema = perDocument.get(doc);
      if (!schema) {
        schema = usesIntrospection(doc)
          ? contract
          : schemaFor(selectionFlatLists(contract, doc, objectLists, hasResolver));
        perDocument.set(doc, schema);
      }
      return schema;
    },
  };
}

/** An execution schema: `completed` list fields typed `Completed`, completed by their resolvers. */
function executionSchema(
  document: DocumentNode,
  contract: GraphQLSchema,
  map: ResolverMap,
  completed: ReadonlySet<string>,
): GraphQLSchema {
  const execution = buildASTSchema(completedTypes(document, completed));
  attach(execution, map);
  for (const coordinate of completed) {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const parent = contract.getType(typeName);
    if (!isObjectType(parent)) continue;
    const target = (execution.getType(typeName) as typeof parent).getFields()[fieldName]!;
    target.resolve = completingResolver(parent.getFields()[fieldName]!, parent, map[typeName]?.[fieldName], sinkOf);
  }
  return execution;
}

/** The document with each flat list field's type replaced by `Completed` (nullability kept). */
function completedTypes(document: DocumentNode, flatLists: ReadonlySet<string>): DocumentNode {
  const completed: NamedTypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COMPLETED.name } };
  let parent = '';
  const out = visit(document, {
    ObjectTypeDefinition: { enter: (node) => void (parent = node.name.value) },
    ObjectTypeExtension: { enter: (node) => void (parent = node.name.value) },
    FieldDefinition: (node) => {
      if (!flatLists.has(`${parent}.${node.name.value}`)) return undefined;
      const type = node.type.kind === Kind.NON_NULL_TYPE ? { kind: Kind.NON_NULL_TYPE, type: completed } : completed;
      return { ...node, type };
    },
  });
  return {
    ...out,
    definitions: [
      ...out.definitions,
      { kind: Kind.SCALAR_TYPE_DEFINITION, name: { kind: Kind.NAME, value: COMPLETED.name } },
    ],
  } as DocumentNode;
}

function withResolvers(schema: GraphQLSchema, map: ResolverMap): GraphQLSchema {
  attach(schema, map);
  return schema;
}

/** Sets each resolver on its field; a resolver for a type or field the schema lacks is a bug. */
function attach(schema: GraphQLSchema, map: ResolverMap): void {
  for (const [typeName, fields] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`resolvers for ${typeName}, which is not an object type of the schema`);
    const defs = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const def = defs[fieldName];
      if (!def || typeof resolve !== 'function') throw new Error(`resolver ${typeName}.${fieldName} matches no field`);
      def.resolve = resolve;
    }
  }
}

/** Errors at nullable positions inside flat lists, per operation (keyed by its context). */
const sinks = new WeakMap<object, ErrorSink>();
const sinkOf = (context: unknown): ErrorSink | undefined =>
  typeof context === 'object' && context !== null ? sinks.get(context) : undefined;

/** Introspection answers from the contract, so clients never see the execution schema. */
function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field: (node) => {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Apollo's gateway interface over the two schemas (see the module header). */
export function schemasGateway(schemas: Schemas, typeDefs: string): GatewayInterface {
  const executor: GatewayExecutor = async (request) => {
    const { document, context } = request;
    const errors: GraphQLError[] = [];
    sinks.set(context, (e) => errors.push(e));
    const result = await execute({
      schema: schemas.executionFor(document),
      document,
      contextValue: context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });
    return errors.length === 0 ? result : { ...result, errors: [...(result.errors ?? []), ...errors] };
  };
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      for (const l of listeners) l({ apiSchema: schemas.contract, coreSupergraphSdl: typeDefs });
      return { executor };
    },
    async stop() {},
  };
}
