// Linux-only system headers that Glibc's Swift module does not export.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

// accept4 is declared only under _GNU_SOURCE, which the Glibc module is built without.
extern int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);

// Declared only under _GNU_SOURCE too: a pipe made close-on-exec at once, and a spawn that closes every
// descriptor a child would otherwise inherit (sockets, the database) from a number up.
#include <spawn.h>
extern int pipe2(int pipefd[2], int flags);
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

// prctl is variadic, which Swift cannot call: the one use Entente makes of it, a worker process asking to be killed
// when the thread that started it ends (its server, however it ends).
#include <signal.h>
#include <sys/prctl.h>
static inline int entente_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }
