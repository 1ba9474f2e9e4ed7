#include <sqlite3.h>

/// Process-wide SQLite settings, applied once before the first connection opens (sqlite3_config
/// is variadic, so Swift cannot call it directly). Memory statistics are turned off: Entente never
/// reads them, and keeping them takes a global mutex on every allocation SQLite makes.
static inline int entente_sqlite3_configure(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
