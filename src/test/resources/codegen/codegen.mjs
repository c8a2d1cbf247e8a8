// Generates TypeScript types from the schema files with GraphQL Code Generator, as a front end
// would, and type-checks them with the TypeScript compiler in strict mode.
//
// Usage: node codegen.mjs SCHEMA_DIR DOCUMENTS_DIR
//   SCHEMA_DIR     the .graphqls files (extensions of one file's types included)
//   DOCUMENTS_DIR  .graphql operations to type, such as the README's examples
// Writes types.ts (the schema's types) and operations.ts (the operations' result and variable
// types, on their own), prints one JSON line: {"types": <characters>, "operations": <characters>,
// "diagnostics": [...]}, and exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import { buildASTSchema, parse, validate } from 'graphql';
import ts from 'typescript';

const [schemaDir, documentsDir] = process.argv.slice(2);
const sdl = fs.readdirSync(schemaDir).filter((file) => file.endsWith('.graphqls')).sort()
	.map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8')).join('\n');
const schemaAst = parse(sdl);
const schema = buildASTSchema(schemaAst);

const documents = fs.readdirSync(documentsDir).filter((file) => file.endsWith('.graphql')).sort().map((file) => {
	// the examples are anonymous; a front end names its operations, so name each after its file
	const name = file.replace(/\.graphql$/, '').replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase())
		.replace(/^[0-9]+/, '');
	const text = fs.readFileSync(path.join(documentsDir, file), 'utf8').replace(/^\s*\{/m, `query ${name} {`);
	const document = parse(text);
	const errors = validate(schema, document);
	if (errors.length > 0) {
		console.error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
		process.exit(1);
	}
	return { location: file, document };
});

const config = { strictScalars: true, scalars: { ID: 'string' }, enumsAsTypes: true };
const types = await codegen({ schema: schemaAst, documents: [], filename: 'types.ts', config,
	plugins: [{ typescript: {} }], pluginMap: { typescript: typescriptPlugin } });
fs.writeFileSync('types.ts', types);
const operations = await codegen({ schema: schemaAst, documents, filename: 'operations.ts', config,
	plugins: [{ typescriptOperations: {} }], pluginMap: { typescriptOperations: operationsPlugin } });
fs.writeFileSync('operations.ts', operations);

const program = ts.createProgram(['types.ts', 'operations.ts'], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2020,
	skipLibCheck: true });
const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) =>
	ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
console.log(JSON.stringify({ types: types.length, operations: operations.length, diagnostics }));
process.exit(diagnostics.length > 0 ? 1 : 0);
