/*
** cli_models.c — where the subcommands find their models.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"

const char *cli_model_path(const char *option, const char *name, char *buf, size_t n)
{
    const char *dir = getenv("DYAD_MODELS");
    if (option) snprintf(buf, n, "%s", option);
    else if (dir && dir[0]) snprintf(buf, n, "%s/%s", dir, name);
    else {
        snprintf(buf, n, "models/%s", name);
        if (access(buf, F_OK) != 0) {
            /* Run from elsewhere: try ../models beside build/dyad. */
            char exe[PATH_MAX];
            ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
            if (len > 0) {
                exe[len] = '\0';
                char *slash = strrchr(exe, '/');
                if (slash) {
                    *slash = '\0';
                    char alt[PATH_MAX + 64];
                    snprintf(alt, sizeof alt, "%s/../models/%s", exe, name);
                    if (access(alt, F_OK) == 0) snprintf(buf, n, "%s", alt);
                }
            }
        }
    }
    return buf;
}
