package org.claimtrack.extract;

/**
 * Who or what a claim is attributed to: the words in the article (start/end/text, a pronoun stays
 * a pronoun), the resolved canonical name, its type and a social media handle when one is given.
 */
public record SourceMention(int start, int end, String text, String name, SourceType type, String handle) {
}
