// The benchmark's nested query (bench/queries/nested.graphql) served the way a Node team
// would write it: Apollo Server 5, one DataLoader per type per request, the first page
// read without bodies, over the very same MongoDB documents as Diplograph. It answers
// the same data, byte for byte (bench/apollo checks it before timing anything).
//
//   MONGODB_URI=mongodb://127.0.0.1:27017/diplograph PORT=0 node server.mjs
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { MongoClient } from 'mongodb';

const typeDefs = `#graphql
  enum ActorKind { PERSON ORGANIZATION COUNTRY }
  type Query { articles(first: Int = 20): ArticleConnection! }
  type ArticleConnection { edges: [ArticleEdge!]! }
  type ArticleEdge { node: Article! }
  type Article { title: String! actors(kind: ActorKind): [Actor!]! }
  type Actor { name: String! visits: [Visit!]! }
  type Visit { summary: String! sources: [Evidence!]! }
  type Evidence { start: Int! end: Int! article: Article! }
`;

const client = new MongoClient(process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/diplograph', {
  maxPoolSize: 32,
});
await client.connect();
const db = client.db();

// One loader per type per request: all the IDs a level asks for in one query.
function byId(collection) {
  return new DataLoader(async (ids) => {
    const found = await db.collection(collection).find({ _id: { $in: ids } }).toArray();
    const byKey = new Map(found.map((document) => [document._id, document]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

const present = (documents) => documents.filter((document) => document != null);

const resolvers = {
  Query: {
    articles: async (_, { first }) => {
      const page = await db
        .collection('articles')
        .find({}, { projection: { body: 0, mentions: 0 } })
        .sort({ sortKey: -1, _id: -1 })
        .limit(first)
        .toArray();
      return { edges: page.map((node) => ({ node })) };
    },
  },
  Article: {
    actors: async (article, { kind }, { loaders }) => {
      const actors = present(await loaders.actors.loadMany(article.actorIds ?? []));
      return kind ? actors.filter((actor) => actor.kind === kind) : actors;
    },
  },
  Actor: {
    visits: async (actor, _, { loaders }) => {
      const ids = [...new Set((actor.visitRefs ?? []).map((ref) => ref.visitId))];
      const visits = present(await loaders.visits.loadMany(ids));
      return visits.sort((a, b) =>
        a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0,
      );
    },
  },
  Evidence: {
    article: (evidence, _, { loaders }) => loaders.articles.load(evidence.articleId),
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 0) },
  context: async () => ({
    loaders: { articles: byId('articles'), actors: byId('actors'), visits: byId('visits') },
  }),
});
console.log(`APOLLO url=${url}`);
