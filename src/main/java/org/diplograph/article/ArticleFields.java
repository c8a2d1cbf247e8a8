package org.diplograph.article;

import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The bulky fields of an article, body and mentions, and whether a request selects them:
 * an article read for a request that selects neither is read without them.
 */
final class ArticleFields {

	static final List<String> BULKY = List.of("body", "mentions");

	private ArticleFields() {
	}

	/**
	 * The bulky fields not selected at {@code path} (such as "edges/node/") of the
	 * selection.
	 */
	static List<String> unselected(DataFetchingFieldSelectionSet selection, String path) {
		return BULKY.stream().filter((field) -> !selection.contains(path + field)).toList();
	}

	/**
	 * Whether these selections (of an article field, fragments included) ask for a bulky
	 * field. Walks the document itself: cheaper than the selection set's patterns, for a
	 * field resolved thousands of times in one request.
	 */
	static boolean selectsBulky(List<Field> fields, Map<String, FragmentDefinition> fragments) {
		for (Field field : fields) {
			if (selectsBulky(field.getSelectionSet(), fragments)) {
				return true;
			}
		}
		return false;
	}

	private static boolean selectsBulky(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean bulky = false;
			if (selection instanceof Field field) {
				bulky = BULKY.contains(field.getName());
			}
			else if (selection instanceof InlineFragment inline) {
				bulky = selectsBulky(inline.getSelectionSet(), fragments);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				bulky = selectsBulky(fragments.get(spread.getName()).getSelectionSet(), fragments);
			}
			if (bulky) {
				return true;
			}
		}
		return false;
	}

}
