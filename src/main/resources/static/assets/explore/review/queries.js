// The GraphQL documents of the review desk: the queue, an article with its candidates, one
// candidate (for GraphiQL), and the import and decision mutations.

const ACTOR = 'id name kind';
const DATE = 'date { iso precision }';

/** Every field of a candidate the desk shows; kind, similar and result differ in type, hence the aliases. */
export const CANDIDATE_FIELDS = `fragment ReviewCandidate on Candidate {
  __typename id status confidence rule decidedBy decidedAt note
  evidence { start end quote }
  newActors { id name status }
  ... on ActorCandidate {
    name actorKind: kind code
    country { ${ACTOR} }
    similarActors: similar { ${ACTOR} country { name } }
    actorResult: result { ${ACTOR} }
  }
  ... on VisitCandidate {
    summary place purpose durationDays visitStatus ${DATE}
    visitors { ${ACTOR} }
    newVisitors { id name status }
    fromCountry { ${ACTOR} }
    hostCountry { ${ACTOR} }
    metWith { ${ACTOR} }
    similarVisits: similar { id summary status ${DATE} }
    visitResult: result { id summary }
  }
  ... on DealCandidate {
    title dealKind: kind dealStatus ${DATE}
    buyer { ${ACTOR} }
    supplier { ${ACTOR} }
    parties { ${ACTOR} }
    items { system category quantity plannedQuantity manufacturer { ${ACTOR} } }
    similarDeals: similar { id title status ${DATE} }
    dealResult: result { id title }
  }
  ... on EngagementCandidate {
    summary engagementKind: kind engagementStatus place occasion ${DATE}
    participants { ${ACTOR} }
    countries { ${ACTOR} }
    hostCountry { ${ACTOR} }
    similarEngagements: similar { id summary kind status ${DATE} }
    engagementResult: result { id summary }
  }
}`;

/** The articles waiting for review, from the pending candidates, a page at a time. */
export const QUEUE = `query ReviewQueue($after: String) {
  candidates(filter: { status: PENDING }, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        __typename id confidence
        article { id title publication publishedOn { iso precision } }
      }
    }
  }
}`;

/** An article to review: its text and its candidates. */
export const ARTICLE = `query ReviewArticle($id: ID!) {
  article(id: $id) {
    id title publication author publishedOn { iso precision } url origin wordCount body
    candidates { ...ReviewCandidate }
  }
}
${CANDIDATE_FIELDS}`;

/** An article's candidates again, after a decision. */
export const ARTICLE_CANDIDATES = `query ReviewCandidates($id: ID!) {
  article(id: $id) { id candidates { ...ReviewCandidate } }
}
${CANDIDATE_FIELDS}`;

/** One candidate, for the GraphiQL link of its card. */
export const CANDIDATE = `query Candidate($id: ID!) {
  node(id: $id) { ...ReviewCandidate }
}
${CANDIDATE_FIELDS}`;

export const IMPORT = `mutation ImportArticle($input: ImportArticleInput!) {
  importArticle(input: $input) {
    created
    article { id title }
    candidates { id status }
  }
}`;

const PAYLOAD = `candidate { id status decidedBy decidedAt note }
    result { id }`;

export const ACCEPT = `mutation AcceptCandidate($input: AcceptCandidateInput!) {
  acceptCandidate(input: $input) {
    ${PAYLOAD}
  }
}`;

export const MERGE = `mutation MergeCandidate($input: MergeCandidateInput!) {
  mergeCandidate(input: $input) {
    ${PAYLOAD}
  }
}`;

export const REJECT = `mutation RejectCandidate($input: RejectCandidateInput!) {
  rejectCandidate(input: $input) {
    ${PAYLOAD}
  }
}`;

export const REOPEN = `mutation ReopenCandidate($id: ID!, $note: String) {
  reopenCandidate(id: $id, note: $note) {
    ${PAYLOAD}
  }
}`;
