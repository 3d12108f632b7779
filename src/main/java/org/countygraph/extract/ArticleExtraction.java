package org.countygraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one article: its sentences, entities and the facts about them.
 *
 * @param documentId   the source document's id
 * @param article      the article's structure
 * @param sentences    the repaired sentences, in order
 * @param focus        key of the division the article is about, when one can be told
 * @param entities     every entity it names
 * @param posts        posts held by persons it names
 * @param relations    relations it states
 * @param observations figures it reports
 */
public record ArticleExtraction(String documentId, Article article, List<Sentence> sentences,
                                Optional<String> focus, List<Entity> entities, List<Post> posts,
                                List<Relation> relations, List<Observation> observations) {
    public ArticleExtraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        posts = List.copyOf(posts);
        relations = List.copyOf(relations);
        observations = List.copyOf(observations);
    }
}
