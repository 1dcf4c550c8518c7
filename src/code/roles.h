/*
** roles.h — reading a verb's dependents in a UD tree: who acts (the
** subject, through control, coordination, relative clauses and
** participles; the passive's agent), at whom an action is aimed, which
** words are conjoined, and the verb's negation and modality; and the
** CAMEO intent and threat codes that future and threatened actions take.
** Word indexes are 0-based within the sentence tree; -1 means none.
*/
#ifndef DYAD_CODE_ROLES_H
#define DYAD_CODE_ROLES_H

#include <stddef.h>
#include <stdint.h>
#include "code/pattern.h"

/* Word w's lemma (its lower-cased form when untagged), using buf. */
const char *role_lemma(const sentence_tree *t, uint32_t w, char *buf, size_t len);

/* Is word w's lemma one of lemmas (a NULL-terminated list)?  0 for w < 0. */
int role_lemma_in(const sentence_tree *t, int32_t w, const char *const *lemmas);
/* The first dependent of w with relation rel, exactly. */
int32_t role_child(const sentence_tree *t, uint32_t w, const char *rel);
/* The passive's agent: an obl (or obl:agent) of w with case "by". */
int32_t role_agent(const sentence_tree *t, uint32_t w);
/* Has w a dependent with relation rel and one of the NULL-ended lemmas? */
int role_has_dependent(const sentence_tree *t, uint32_t w, const char *rel, const char *const *lemmas);
/* Is w "who", "which" or "that"? */
int role_relative_pronoun(const sentence_tree *t, int32_t w);
/* The subject of w through control, coordination, relative clauses and
** participles; for a passive, its agent, with *passive set. */
int32_t role_subject(const sentence_tree *t, uint32_t w, int *passive);
/* Does d's case word point an action at someone ("with", "on",
** "against", "to", "for", ...)? */
int role_directed(const sentence_tree *t, uint32_t d);
/* w and the words conjoined with it, or with its modifiers ("US and
** British activists": British), into out[max]; returns the count. */
size_t role_conjuncts(const sentence_tree *t, uint32_t w, uint32_t *out, size_t max);
/* "asserted", "future", "conditional", "threatened", "denied",
** "prepared" (an act got ready for) or "reported" (static strings with
** distinct first letters). */
const char *role_modality(const sentence_tree *t, uint32_t w);
/* For a bare past participle w that the parser conjoined to the finite
** verb above ("had attacked Iraq and taken Mosul": taken), the
** participle with the auxiliary it shares, or -1. */
int32_t role_shared_participle(const sentence_tree *t, uint32_t w);
/* Is w obliged ("must", "should", "ought to" among its auxiliaries)? */
int role_obliged(const sentence_tree *t, uint32_t w);
/* The clausal complement of w that is obliged ("said Libya must hand
** over the suspects": hand), or -1. */
int32_t role_obliged_clause(const sentence_tree *t, uint32_t w);
/* Is w promised (1: "promised to send aid", "vowed to rebuild") or
** wished for (2: "wants to meet", "hopes to attack")?  0 if neither.
** Agreeing
** is doing ("agreed to lift sanctions" is the easing), so "agree" is not
** among the promising verbs. */
int role_promised(const sentence_tree *t, uint32_t w);
/* Is w what someone asks of another ("asked Russia to help": help)?
** That is the request's content, not an event. */
int role_requested(const sentence_tree *t, uint32_t w);
/* Is w refused or failed ("refused to meet", "failed to reach an
** agreement")? */
int role_refused(const sentence_tree *t, uint32_t w);
/* Is w part of a condition or an open question ("if the US attacks
** Iran", "whether China aims to beat ...", "Should China decide to
** retaliate"), which no one says happened or will happen? */
int role_hypothesis(const sentence_tree *t, uint32_t w);
/* Is w a present simple passive ("is surrounded by"), with no other
** auxiliary ("is being", "has been", "will be")? */
int role_present_passive(const sentence_tree *t, uint32_t w);
/* Does "not", "never", "no" negate w? */
int role_negated(const sentence_tree *t, uint32_t w);
/* Is w what someone did not allow another to do ("did not allow
** rebels to attack": attack)?  Then it did not happen. */
int role_disallowed(const sentence_tree *t, uint32_t w);
/* The CAMEO code an action takes when it is promised or threatened
** (modality future, conditional or threatened): 036, 033, 1312, 138 ...;
** else code itself. */
const char *role_intent_code(const char *code, const char *modality);
/* What a negated promise is: "would not provide aid" refuses it, so an
** intent (03x) becomes the matching rejection (12x) as CAMEO pairs them;
** NULL when the code has no refusal (the event stays, marked negated). */
const char *role_refusal_code(const char *code);

/* Is lemma a noun whose "to" infinitive gives its content ("plan",
** "decision", "right", "order" ...: "the plan to cut taxes")? */
int role_content_noun(const char *lemma);

#endif
