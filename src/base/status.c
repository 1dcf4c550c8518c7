/*
** status.c — names for the status codes of dyad.h.
*/
#include "dyad.h"

const char *dyad_strerror(int status)
{
    switch (status) {
#define DYAD_STATUS_CASE(name, value, text) case name: return text;
    DYAD_STATUS_TABLE(DYAD_STATUS_CASE)
#undef DYAD_STATUS_CASE
    }
    return "unknown status";
}
