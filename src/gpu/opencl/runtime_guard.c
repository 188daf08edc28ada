/* Around the OpenCL calls that may start a driver, the process's signal
 * dispositions and the calling thread's alternate signal stack are saved
 * and, where the driver changed them, put back: PoCL's LLVM installs
 * handlers for SIGSEGV, SIGFPE, SIGINT, SIGTERM and more (its SIGFPE
 * handler makes an integer division by zero continue silently) and a
 * heap-allocated alternate stack on the calling thread. Sections are
 * serialized, so that one never saves another's changes as the
 * application's. The lock is the innermost of the backend's: a section
 * takes no other lock and waits for no other thread. */
#define _XOPEN_SOURCE 700 /* sigaltstack */
#include <pthread.h>
#include <signal.h>

#include "opencl_state.h"

enum { MAX_SIGNALS = 128 };

static pthread_mutex_t guard_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction saved[MAX_SIGNALS];
static int saved_ok[MAX_SIGNALS];
static stack_t saved_alt;
static int saved_alt_ok;

/* The flags POSIX defines (glibc adds its own SA_RESTORER to every
 * disposition it sets). */
#define POSIX_FLAGS (SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND)

static int last_signal(void) { return SIGRTMAX < MAX_SIGNALS - 1 ? SIGRTMAX : MAX_SIGNALS - 1; }

/* Masks are compared signal by signal: glibc fills only the kernel's part
 * of a queried sigset_t. */
static int same_action(const struct sigaction *a, const struct sigaction *b)
{
    if (a->sa_handler != b->sa_handler || (a->sa_flags & POSIX_FLAGS) != (b->sa_flags & POSIX_FLAGS)) return 0;
    for (int sig = 1; sig <= last_signal(); sig++)
        if (sigismember(&a->sa_mask, sig) != sigismember(&b->sa_mask, sig)) return 0;
    return 1;
}

void kn_cl_runtime_enter(void)
{
    pthread_mutex_lock(&guard_lock);
    for (int sig = 1; sig <= last_signal(); sig++) saved_ok[sig] = sigaction(sig, NULL, &saved[sig]) == 0;
    saved_alt_ok = sigaltstack(NULL, &saved_alt) == 0;
}

static void restore_alt_stack(void)
{
    stack_t now;
    if (!saved_alt_ok || sigaltstack(NULL, &now) != 0) return;
    int was_off = (saved_alt.ss_flags & SS_DISABLE) != 0, is_off = (now.ss_flags & SS_DISABLE) != 0;
    if (was_off == is_off && (was_off || (now.ss_sp == saved_alt.ss_sp && now.ss_size == saved_alt.ss_size))) return;
    stack_t back = saved_alt;
    back.ss_flags &= SS_DISABLE; /* SS_ONSTACK is a state, not a setting */
    sigaltstack(&back, NULL);
}

void kn_cl_runtime_leave(void)
{
    struct sigaction now;
    for (int sig = 1; sig <= last_signal(); sig++)
        if (saved_ok[sig] && sigaction(sig, NULL, &now) == 0 && !same_action(&now, &saved[sig]))
            sigaction(sig, &saved[sig], NULL);
    restore_alt_stack();
    pthread_mutex_unlock(&guard_lock);
}
