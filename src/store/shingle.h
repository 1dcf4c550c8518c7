/*
** shingle.h — fingerprints of a story's text for duplicate detection.
**
** Two feeds often carry the same wire story, byte for byte or with a
** changed headline, a dropped paragraph or different quotes.  The exact
** case is caught by a hash of the normalised text (words lower-cased,
** punctuation and spacing dropped); the near case by MinHash over word
** 5-shingles, whose signatures estimate the Jaccard similarity of two
** texts' shingle sets, and by LSH bands that find the candidates.
*/
#ifndef DYAD_STORE_SHINGLE_H
#define DYAD_STORE_SHINGLE_H

#include <stddef.h>
#include <stdint.h>

#define SHINGLE_WORDS 5       /* words per shingle */
#define SHINGLE_HASHES 64     /* MinHash functions in a signature */
#define SHINGLE_BANDS 16      /* LSH bands of SHINGLE_HASHES / SHINGLE_BANDS rows:
                              ** 16 x 4 finds a pair at Jaccard 0.8 with p > 0.999
                              ** and at 0.3 with p < 0.13 */

typedef struct shingle_sig {
    uint32_t min[SHINGLE_HASHES];   /* the minimum of each hash over the shingles */
    uint32_t n_shingles;            /* 0: the text has no words (no signature) */
} shingle_sig;

/*
** The hash of the normalised text: its words, each a maximal run of
** letters and digits (bytes >= 0x80 count as letters so that UTF-8 words
** stay whole; ASCII is lower-cased), joined by one space.  Returns 0 for a
** text with no words (a real hash is never 0).
*/
uint64_t shingle_text_hash(const char *text, size_t len);

/* Computes the MinHash signature of the text's word 5-shingles (a text of
** fewer words is one shingle). */
void shingle_minhash(const char *text, size_t len, shingle_sig *sig);

/* The estimated Jaccard similarity of two signatures, 0..1 (0 when either
** has no shingles). */
double shingle_similarity(const shingle_sig *a, const shingle_sig *b);

/* The hash of one LSH band (0 <= band < SHINGLE_BANDS), with the band
** number mixed in so that equal values in different bands differ. */
int64_t shingle_band(const shingle_sig *sig, int band);

/* Signatures as bytes for the store: little-endian uint32s. */
void shingle_sig_pack(const shingle_sig *sig, unsigned char out[SHINGLE_HASHES * 4]);
int shingle_sig_unpack(const void *data, size_t len, shingle_sig *sig);

#endif
