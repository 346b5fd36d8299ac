#!/bin/sh
# SECURITY.md S3: exactly one SQLite implementation per process, and it is our SQLCipher.
#
# usage: check_one_sqlite.sh <executable>...
#
# For every executable given (CTest passes each Saisie executable target that exists):
#   1. ldd must not list libsqlite3, libsqlcipher (a shared SQLite/SQLCipher would compete with
#      the linked-in one for symbol lookup; if plain SQLite wins, PRAGMA key is silently ignored
#      and data is written in plain text) nor libQt6Sql (whose QSQLITE plugin brings libsqlite3).
#   2. No sqlite3_* symbol may be left undefined for the dynamic loader to resolve (nm -D -u).
#   3. SQLCipher must be linked in. The bundled SQLCipher is a static library built with hidden
#      visibility, so its symbols are not in the dynamic table (nm -D): they are looked for in
#      the static symbol table (nm, e.g. sqlcipher_version). A stripped binary has no static
#      table; then the SQLCipher pragma name "cipher_version" must appear in the binary's bytes
#      (plain SQLite does not carry it).
# This cannot see libraries loaded later with dlopen (Qt plugins): Database::open refuses to run
# when /proc/self/maps shows one (Database::foreignSqliteMapped, tested by tst_secondsqlite).
# Exit status: 0 when every executable passes, 1 otherwise (each problem is printed).
set -u

if [ "$#" -eq 0 ]; then
    echo "check_one_sqlite: no executable given" >&2
    exit 1
fi
for tool in ldd grep; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check_one_sqlite: '$tool' is required" >&2
        exit 1
    fi
done
have_nm=0
command -v nm >/dev/null 2>&1 && have_nm=1

failed=0
problem() {
    echo "FAIL $exe: $*"
    failed=1
    this_failed=1
}

for exe in "$@"; do
    this_failed=0
    if [ ! -x "$exe" ]; then
        problem "not an executable file (build it first)"
        continue
    fi
    libs=$(ldd "$exe" 2>&1) || { problem "ldd failed: $libs"; continue; }
    bad=$(printf '%s\n' "$libs" | grep -E 'lib(sqlite3|sqlcipher)[^ ]*\.so|libQt6Sql[^ ]*\.so' || true)
    if [ -n "$bad" ]; then
        problem "links a second SQLite or QtSql:"
        printf '    %s\n' "$bad"
    fi

    if [ "$have_nm" -eq 1 ]; then
        undef=$(nm -D --undefined-only "$exe" 2>/dev/null | grep -E ' (sqlite3|sqlcipher)_' || true)
        if [ -n "$undef" ]; then
            problem "expects SQLite symbols from a shared library:"
            printf '    %s\n' "$undef"
        fi
        static=$(nm "$exe" 2>/dev/null | grep -c -E ' [TtDdBbRr] sqlcipher_(version|extra_init|codec_ctx_init)$' || true)
    else
        static=0
    fi
    if [ "$static" -gt 0 ]; then
        how="SQLCipher symbols in the static symbol table"
    elif grep -a -q 'cipher_version' "$exe"; then
        how="SQLCipher pragma string in the binary (no static symbol table)"
    else
        problem "SQLCipher is not linked in (no sqlcipher_* symbol, no 'cipher_version' string)"
        continue
    fi
    [ "$this_failed" -eq 0 ] && echo "ok   $exe: no shared SQLite or QtSql; $how"
done
exit "$failed"
