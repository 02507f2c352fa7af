/**
 * Vocabularies: the ordered entries that the customer fields level, industry and source take,
 * each with a stable code (what customers store), a Chinese and an English label, synonyms and
 * whether it takes new values. Owns the entries and the rule that matches what someone typed to
 * an entry; the customer module applies it on every write.
 */
package dev.clientele.vocabulary;
