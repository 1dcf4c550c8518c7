/*
** mention.h — whom a role word names: the lexicon's matches in its own
** phrase (actors.h), else for a pronoun the subject of a clause above it
** in the same sentence (pronoun.h), else an earlier mention in the story
** (the story memory of actors.h).
*/
#ifndef DYAD_CODE_MENTION_H
#define DYAD_CODE_MENTION_H

#include "code/coder.h"

/* Resolves sentence word `word` into *a as described; 1 when it names a
** country or organisation.  A pronoun resolved in its sentence has how
** "pronoun" and a lower certainty.  Strings live in doc's arena. */
int mention_resolve(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                    uint32_t word, actor *a);

/* The word a pronoun stands for in its own sentence ("Obama said he":
** Obama), with its actor in *a; -1 when word is no pronoun or none fits
** ("he" a person, "it" a country or organisation, "they" anyone). */
int32_t mention_antecedent(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc,
                           uint32_t word, actor *a);

/* Remembers the actors the sentence's subjects, objects and obliques
** name, for later mentions in the story. */
void mention_remember_sentence(dyad_doc *doc, const sentence_tree *t, uint32_t sent_first, scratch *sc);

#endif
